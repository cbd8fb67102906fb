/*
 * The nested split (costshare_split_nested, split.h): FINSAM's split of a
 * split (DOMAIN.md section 6, the header's example), the 2018 Östergötland
 * key as one group (DOMAIN.md section 1), every error path with the outputs
 * untouched, the selection's corner cases (more than a buffer of equal
 * remainders, ties resolved by weight and then by index), and properties over
 * generated inputs: each group's parties get exactly costshare_split() of the
 * group's part, every level adds up, a credit is the mirror image, and
 * reordering the parties reorders the shares.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "costshare.h"

#define SENTINEL ((int64_t)0x5A5A5A5A5A5A5A5A)
#define MAXP 2048

static const int64_t pop2017[13] = {5453,  21577, 9882, 158520, 27019, 43549, 133749,
                                    14521, 7421,  7920, 3733,   11631, 5343};
/* DOMAIN.md section 1: 763 945 by the 2017 populations. */
static const int64_t key2018[13] = {9251,  36605, 16764, 268922, 45837, 73879, 226899,
                                    24634, 12589, 13436, 6333,   19732, 9064};

static void fill(int64_t *v, size_t n) {
    size_t i;
    for (i = 0; i < n; i++) {
        v[i] = SENTINEL;
    }
}

static int untouched(const int64_t *v, size_t n) {
    size_t i;
    for (i = 0; i < n; i++) {
        if (v[i] != SENTINEL) {
            return 0;
        }
    }
    return 1;
}

static uint64_t rng_state = 0x2545F4914F6CDD1Du;
static uint64_t rng(void) {
    rng_state ^= rng_state >> 12;
    rng_state ^= rng_state << 25;
    rng_state ^= rng_state >> 27;
    return rng_state * 0x2545F4914F6CDD1Du;
}

/* The header's example: state 50 / region 25 / municipalities 25, the
 * quarter by population. By hand: the municipalities' quotas of 250 000 by
 * 70/40/38/44/42 thousand (sum 234 000) are 74 786.32, 42 735.04,
 * 40 598.29, 47 008.55 and 44 871.79; the floors leave 2 units, which go to
 * the largest fractions, .79 and .55. */
static void finsam_state_region_municipalities(void **state) {
    const int64_t groups[3] = {50, 25, 25};
    const uint32_t group_of[8] = {0, 0, 1, 2, 2, 2, 2, 2};
    const int64_t weights[8] = {1, 1, 1, 70000, 40000, 38000, 44000, 42000};
    const int64_t want_groups[3] = {500000, 250000, 250000};
    const int64_t want[8] = {250000, 250000, 250000, 74786, 42735, 40598, 47009, 44872};
    int64_t g[3], p[8];
    (void)state;
    assert_int_equal(costshare_split_nested(1000000, groups, 3, group_of, weights, 8, g, p),
                     COSTSHARE_OK);
    assert_memory_equal(g, want_groups, sizeof g);
    assert_memory_equal(p, want, sizeof p);
    /* A credit is the mirror image. */
    assert_int_equal(costshare_split_nested(-1000000, groups, 3, group_of, weights, 8, g, p),
                     COSTSHARE_OK);
    assert_int_equal(g[0], -500000);
    assert_int_equal(p[7], -44872);
    assert_int_equal(p[6], -47009);
}

/* One group holding the thirteen municipalities is the 2018 key itself. */
static void one_group_is_the_2018_key(void **state) {
    const int64_t groups[1] = {1};
    uint32_t group_of[13] = {0};
    int64_t g[1], p[13];
    (void)state;
    assert_int_equal(costshare_split_nested(763945, groups, 1, group_of, pop2017, 13, g, p),
                     COSTSHARE_OK);
    assert_int_equal(g[0], 763945);
    assert_memory_equal(p, key2018, sizeof p);
}

/* Groups interleaved with each other give each party what its group's
 * part split among its members alone gives: Östergötland's municipalities in
 * two groups of alternating rows, weights 2 and 1. */
static void interleaved_groups_split_like_their_members_alone(void **state) {
    const int64_t groups[2] = {2, 1};
    uint32_t group_of[13];
    int64_t g[2], p[13], members[13], alone[13];
    size_t i, k;
    uint32_t grp;
    (void)state;
    for (i = 0; i < 13; i++) {
        group_of[i] = (uint32_t)(i % 2);
    }
    assert_int_equal(costshare_split_nested(763945, groups, 2, group_of, pop2017, 13, g, p),
                     COSTSHARE_OK);
    assert_int_equal(g[0], 509297); /* 763945 * 2/3 = 509296.67 */
    assert_int_equal(g[1], 254648);
    for (grp = 0; grp < 2; grp++) {
        for (i = 0, k = 0; i < 13; i++) {
            if (group_of[i] == grp) {
                members[k++] = pop2017[i];
            }
        }
        assert_int_equal(costshare_split(g[grp], members, k, alone), COSTSHARE_OK);
        for (i = 0, k = 0; i < 13; i++) {
            if (group_of[i] == grp) {
                assert_int_equal(p[i], alone[k++]);
            }
        }
    }
}

/* A group of weight zero gets zero, and so does each of its parties
 * whatever their weights (also all zero); a party of weight zero in a paying
 * group gets zero. */
static void zero_weight_groups_and_parties_get_zero(void **state) {
    const int64_t groups[3] = {1, 0, 0};
    const uint32_t group_of[5] = {0, 1, 0, 2, 0};
    const int64_t weights[5] = {1, 7, 0, 0, 1};
    int64_t g[3], p[5];
    (void)state;
    assert_int_equal(costshare_split_nested(11, groups, 3, group_of, weights, 5, g, p),
                     COSTSHARE_OK);
    assert_int_equal(g[0], 11);
    assert_int_equal(g[1], 0);
    assert_int_equal(g[2], 0);
    assert_int_equal(p[0], 6); /* 5.5 each: the tie goes to the party listed first */
    assert_int_equal(p[1], 0);
    assert_int_equal(p[2], 0);
    assert_int_equal(p[3], 0);
    assert_int_equal(p[4], 5);
}

/* Ties inside a group: the larger weight first, then the party listed
 * first (the index in the whole array, the group's members in order). */
static void ties_in_a_group_go_to_larger_weight_then_first_listed(void **state) {
    const int64_t groups[2] = {1, 1};
    /* Group 1: weights 1, 2, 1 (W = 4) share 2 (quotas .5, 1, .5): party 4
     * gets 1, then one of the two halves is left: the first listed (1). */
    const uint32_t group_of[5] = {0, 1, 0, 1, 1};
    const int64_t weights[5] = {3, 1, 5, 2, 1};
    int64_t g[2], p[5];
    (void)state;
    assert_int_equal(costshare_split_nested(4, groups, 2, group_of, weights, 5, g, p),
                     COSTSHARE_OK);
    assert_int_equal(g[0], 2);
    assert_int_equal(g[1], 2);
    assert_int_equal(p[1], 1);
    assert_int_equal(p[3], 1);
    assert_int_equal(p[4], 0);
    /* Group 0: weights 3 and 5 share 2: quotas .75 and 1.25, floors 0 and 1,
     * the unit left to the larger fraction (.75). */
    assert_int_equal(p[0], 1);
    assert_int_equal(p[2], 1);
    /* Equal fractions, different weights (1/3 of 1 and of 4 = 1 + 1/3):
     * the larger weight wins. 5 by {1, 4, 1, 3, 6} (W 15): quotas 1/3,
     * 4/3, 1/3, 1, 2: fractions 1/3 for parties 0, 1, 2; one unit left. */
    {
        const int64_t one[1] = {1};
        const uint32_t all0[5] = {0, 0, 0, 0, 0};
        const int64_t w2[5] = {1, 4, 1, 3, 6};
        int64_t g1[1], q[5];
        assert_int_equal(costshare_split_nested(5, one, 1, all0, w2, 5, g1, q), COSTSHARE_OK);
        assert_int_equal(q[0], 0);
        assert_int_equal(q[1], 2);
        assert_int_equal(q[2], 0);
        assert_int_equal(q[3], 1);
        assert_int_equal(q[4], 2);
    }
}

/* More equal remainders than the selection's buffer holds: 300 parties of
 * weight 2 after 300 of weight 1 share 300 (W = 900): the weight-2 parties
 * have remainder 600, the others 300, so exactly the 300 of weight 2 win
 * one unit each. Then 600 equal parties share 300: all remainders and
 * weights tie, so the 300 listed first win. */
static void more_equal_remainders_than_the_buffer(void **state) {
    static int64_t w[600], p[600];
    static uint32_t grp[600];
    const int64_t one[1] = {1};
    int64_t g[1];
    size_t i;
    (void)state;
    for (i = 0; i < 600; i++) {
        w[i] = i < 300 ? 1 : 2;
        grp[i] = 0;
    }
    assert_int_equal(costshare_split_nested(300, one, 1, grp, w, 600, g, p), COSTSHARE_OK);
    for (i = 0; i < 600; i++) {
        assert_int_equal(p[i], i < 300 ? 0 : 1);
    }
    for (i = 0; i < 600; i++) {
        w[i] = 1;
    }
    assert_int_equal(costshare_split_nested(300, one, 1, grp, w, 600, g, p), COSTSHARE_OK);
    for (i = 0; i < 600; i++) {
        assert_int_equal(p[i], i < 300 ? 1 : 0);
    }
    /* 600 equal remainders with two weights: 300 of weight 3 and 300 of
     * weight 1 interleaved share 600 (W = 1200): quotas 1.5 and 0.5, all
     * fractions 1/2; the 300 units left go to the larger weight. */
    for (i = 0; i < 600; i++) {
        w[i] = i % 2 == 0 ? 3 : 1;
    }
    assert_int_equal(costshare_split_nested(600, one, 1, grp, w, 600, g, p), COSTSHARE_OK);
    for (i = 0; i < 600; i++) {
        assert_int_equal(p[i], i % 2 == 0 ? 2 : 0);
    }
}

/* Remainders, then weights, then indices decide, with other parties around
 * at every step: 2 parties of weight 2, then 300 of weight 3 (every third)
 * among 600 of weight 1, share 752 (W = 1504, half of it; one party of a
 * group of weight 0 sits among them). Weights 1 and 3 both leave
 * a fraction 1/2, weight 2 none; floors 0, 1 and 1 leave 450 units: the 300
 * parties of weight 3 win first, then the 150 of weight 1 listed first. */
static void remainder_then_weight_then_index(void **state) {
    static int64_t w[903], p[903];
    static uint32_t grp[903];
    const int64_t two[2] = {1, 0};
    int64_t g[2];
    size_t i, light = 0;
    (void)state;
    for (i = 0; i < 903; i++) {
        w[i] = i < 2 ? 2 : i % 3 == 0 ? 3 : 1;
        grp[i] = 0;
    }
    grp[4] = 1; /* a party of another group among them */
    w[4] = 5;
    assert_int_equal(costshare_split_nested(752, two, 2, grp, w, 903, g, p), COSTSHARE_OK);
    assert_int_equal(p[4], 0);
    for (i = 0; i < 903; i++) {
        if (i == 4) {
            continue;
        }
        if (w[i] == 3) {
            assert_int_equal(p[i], 2);
        } else if (w[i] == 2) {
            assert_int_equal(p[i], 1);
        } else {
            assert_int_equal(p[i], light < 150 ? 1 : 0);
            light++;
        }
    }
}

/* Generated inputs: every group's parties get costshare_split() of the
 * group's part (on a copy of its members), the groups get costshare_split()
 * of the total, a credit is the mirror image, and a permutation of the
 * parties permutes the shares when no two parties tie. */
static void matches_split_of_each_group_on_random_inputs(void **state) {
    static int64_t gw[64], pw[MAXP], g[64], p[MAXP], members[MAXP], alone[MAXP], gref[64];
    static int64_t g2[64], p2[MAXP], pw2[MAXP];
    static uint32_t grp[MAXP], grp2[MAXP];
    static size_t perm[MAXP];
    int round;
    (void)state;
    for (round = 0; round < 300; round++) {
        size_t ng = 1 + (size_t)(rng() % 8),
               np = 1 + (size_t)(rng() % (round < 20 ? MAXP : 200));
        int64_t total = (int64_t)(rng() % 2000000000u) - 1000000000;
        size_t i, k, gi;
        int distinct = 1;
        if (round % 7 == 0) {
            total = (int64_t)(rng() >> 1) * (round % 2 ? 1 : -1);
        }
        for (gi = 0; gi < ng; gi++) {
            gw[gi] = (int64_t)(rng() % 100);
        }
        for (i = 0; i < np; i++) {
            grp[i] = (uint32_t)(rng() % ng);
            pw[i] = 1 + (int64_t)(rng() % (round % 3 == 0 ? 4u : 1000000u));
        }
        gw[grp[0]] += 1; /* at least one group of non-zero weight */
        for (gi = 0; gi < ng; gi++) {
            int has = 0;
            for (i = 0; i < np; i++) {
                has |= grp[i] == gi;
            }
            if (!has) {
                gw[gi] = 0; /* a group without parties must weigh nothing */
            }
        }
        assert_int_equal(costshare_split_nested(total, gw, ng, grp, pw, np, g, p),
                         COSTSHARE_OK);
        assert_int_equal(costshare_split(total, gw, ng, gref), COSTSHARE_OK);
        assert_memory_equal(g, gref, ng * sizeof *g);
        for (gi = 0; gi < ng; gi++) {
            int64_t sum = 0;
            for (i = 0, k = 0; i < np; i++) {
                if (grp[i] == gi) {
                    members[k++] = pw[i];
                    sum += p[i];
                }
            }
            assert_int_equal(sum, g[gi]);
            if (k == 0) {
                continue;
            }
            assert_int_equal(costshare_split(g[gi], members, k, alone), COSTSHARE_OK);
            for (i = 0, k = 0; i < np; i++) {
                if (grp[i] == gi) {
                    assert_int_equal(p[i], alone[k++]);
                }
            }
        }
        /* Mirror image (INT64_MIN has none: its magnitude is not a total). */
        if (total != INT64_MIN) {
            assert_int_equal(costshare_split_nested(-total, gw, ng, grp, pw, np, g2, p2),
                             COSTSHARE_OK);
            for (i = 0; i < np; i++) {
                assert_int_equal(p2[i], -p[i]);
            }
        }
        /* A random permutation of the parties. */
        for (i = 0; i < np; i++) {
            perm[i] = i;
        }
        for (i = np; i > 1; i--) {
            size_t j = (size_t)(rng() % i), t = perm[i - 1];
            perm[i - 1] = perm[j];
            perm[j] = t;
        }
        for (i = 0; i < np; i++) {
            grp2[i] = grp[perm[i]];
            pw2[i] = pw[perm[i]];
        }
        for (i = 0; i < np && distinct; i++) {
            for (k = i + 1; k < np && distinct; k++) {
                distinct = !(grp[i] == grp[k] && pw[i] == pw[k]);
            }
        }
        assert_int_equal(costshare_split_nested(total, gw, ng, grp2, pw2, np, g2, p2),
                         COSTSHARE_OK);
        if (distinct) {
            for (i = 0; i < np; i++) {
                assert_int_equal(p2[i], p[perm[i]]);
            }
        }
    }
}

/* Many parties in one group: the selection narrows more than once before
 * the candidates fit its buffer. */
static void a_hundred_thousand_parties(void **state) {
    enum { N = 100000 };
    static int64_t w[N], p[N], ref[N];
    static uint32_t grp[N];
    const int64_t gw[2] = {3, 1};
    int64_t g[2];
    size_t i;
    (void)state;
    for (i = 0; i < N; i++) {
        w[i] = 1 + (int64_t)(rng() % 1000000u);
        grp[i] = 0;
    }
    grp[0] = 1;
    assert_int_equal(costshare_split_nested(INT64_C(123456789012345), gw, 2, grp, w, N, g, p),
                     COSTSHARE_OK);
    assert_int_equal(costshare_split(g[0], w + 1, N - 1, ref + 1), COSTSHARE_OK);
    assert_memory_equal(p + 1, ref + 1, (N - 1) * sizeof *p);
    assert_int_equal(p[0], g[1]);
}

/* Many groups: their own split narrows more than once before its
 * candidates fit its buffer, down to the weight and the index when groups
 * tie; the groups get costshare_split() of the total, credits included. */
static void many_groups_split_like_costshare_split(void **state) {
    enum { G = 3000, N = 3000 };
    static int64_t gw[G], g[G], gref[G], pw[N], p[N];
    static uint32_t grp[N];
    const int64_t totals[4] = {INT64_C(123456789012345), INT64_C(-987654321), INT64_MAX,
                               INT64_MIN};
    int round;
    size_t i;
    (void)state;
    for (round = 0; round < 12; round++) {
        for (i = 0; i < G; i++) {
            /* equal weights (ties down to the index), two weights, or random */
            gw[i] = round % 3 == 0   ? 7
                    : round % 3 == 1 ? 1 + (int64_t)(i % 2) * 2
                                     : 1 + (int64_t)(rng() % 1000000u);
        }
        for (i = 0; i < N; i++) {
            grp[i] = (uint32_t)i;
            pw[i] = 1 + (int64_t)(rng() % 100u);
        }
        assert_int_equal(costshare_split_nested(totals[round % 4], gw, G, grp, pw, N, g, p),
                         COSTSHARE_OK);
        assert_int_equal(costshare_split(totals[round % 4], gw, G, gref), COSTSHARE_OK);
        assert_memory_equal(g, gref, sizeof g);
        assert_memory_equal(p, g, sizeof p); /* one party a group gets all of it */
    }
}

/* Every refusal, in the documented order, leaves both outputs untouched. */
static void refusals_leave_outputs_untouched(void **state) {
    const int64_t gw[2] = {1, 1};
    const uint32_t grp[3] = {0, 1, 1};
    const int64_t pw[3] = {1, 2, 3};
    int64_t g[2], p[3], both[5];
    (void)state;
#define REFUSED(call, code)                                                                    \
    do {                                                                                       \
        fill(g, 2);                                                                            \
        fill(p, 3);                                                                            \
        assert_int_equal((call), (code));                                                      \
        assert_true(untouched(g, 2) && untouched(p, 3));                                       \
    } while (0)
    REFUSED(costshare_split_nested(10, NULL, 2, grp, pw, 3, g, p), COSTSHARE_EINVAL);
    REFUSED(costshare_split_nested(10, gw, 2, NULL, pw, 3, g, p), COSTSHARE_EINVAL);
    REFUSED(costshare_split_nested(10, gw, 2, grp, NULL, 3, g, p), COSTSHARE_EINVAL);
    REFUSED(costshare_split_nested(10, gw, 2, grp, pw, 3, NULL, p), COSTSHARE_EINVAL);
    REFUSED(costshare_split_nested(10, gw, 2, grp, pw, 3, g, NULL), COSTSHARE_EINVAL);
    REFUSED(costshare_split_nested(10, gw, SIZE_MAX / 4, grp, pw, 3, g, p), COSTSHARE_EINVAL);
    REFUSED(costshare_split_nested(10, gw, 2, grp, pw, SIZE_MAX / 4, g, p), COSTSHARE_EINVAL);
    /* Outputs overlapping inputs or each other. */
    {
        int64_t buf[5] = {1, 1, 1, 2, 3};
        const uint32_t *grp_in_g = (const uint32_t *)(void *)g;
        fill(both, 5);
        assert_int_equal(costshare_split_nested(10, buf, 2, grp, pw, 3, buf, p),
                         COSTSHARE_EINVAL);
        assert_int_equal(costshare_split_nested(10, gw, 2, grp, buf + 2, 3, g, buf + 2),
                         COSTSHARE_EINVAL);
        assert_int_equal(costshare_split_nested(10, gw, 2, grp, pw, 3, both, both + 1),
                         COSTSHARE_EINVAL);
        assert_int_equal(costshare_split_nested(10, gw, 2, grp, pw, 3, both + 2, both),
                         COSTSHARE_EINVAL);
        assert_int_equal(costshare_split_nested(10, gw, 2, grp, buf, 3, g, buf + 1),
                         COSTSHARE_EINVAL);
        assert_int_equal(costshare_split_nested(10, buf + 1, 2, grp, pw, 3, g, buf),
                         COSTSHARE_EINVAL);
        assert_int_equal(costshare_split_nested(10, gw, 2, grp, buf, 3, buf + 1, p),
                         COSTSHARE_EINVAL);
        assert_int_equal(costshare_split_nested(10, gw, 2, grp_in_g, pw, 3, both, g),
                         COSTSHARE_EINVAL);
        assert_int_equal(costshare_split_nested(10, gw, 2, grp_in_g, pw, 3, g, both),
                         COSTSHARE_EINVAL);
        assert_true(untouched(both, 5));
        /* Adjacent arrays are fine. */
        assert_int_equal(costshare_split_nested(10, gw, 2, grp, pw, 3, both, both + 2),
                         COSTSHARE_OK);
        assert_int_equal(both[0] + both[1], 10);
    }
    REFUSED(costshare_split_nested(10, gw, 0, grp, pw, 3, g, p), COSTSHARE_ERANGE);
    REFUSED(costshare_split_nested(10, gw, 2, grp, pw, 0, g, p), COSTSHARE_ERANGE);
    {
        const uint32_t bad[3] = {0, 2, 1};
        const int64_t neg[3] = {1, -2, 3};
        const int64_t gneg[2] = {-1, 1};
        const int64_t big[3] = {INT64_MAX, 1, 0};
        const int64_t gbig[2] = {INT64_MAX, 1};
        const int64_t gzero[2] = {0, 0};
        const int64_t pzero[3] = {1, 0, 0};
        const int64_t pallzero[3] = {0, 0, 0};
        REFUSED(costshare_split_nested(10, gw, 2, bad, pw, 3, g, p), COSTSHARE_ERANGE);
        REFUSED(costshare_split_nested(10, gw, 2, grp, neg, 3, g, p), COSTSHARE_ERANGE);
        REFUSED(costshare_split_nested(10, gneg, 2, grp, pw, 3, g, p), COSTSHARE_ERANGE);
        /* ERANGE before EOVERFLOW, whichever array has which. */
        REFUSED(costshare_split_nested(10, gbig, 2, grp, neg, 3, g, p), COSTSHARE_ERANGE);
        REFUSED(costshare_split_nested(10, gneg, 2, grp, big, 3, g, p), COSTSHARE_ERANGE);
        REFUSED(costshare_split_nested(10, gw, 2, grp, big, 3, g, p), COSTSHARE_EOVERFLOW);
        REFUSED(costshare_split_nested(10, gbig, 2, grp, pw, 3, g, p), COSTSHARE_EOVERFLOW);
        /* EOVERFLOW before ENOWEIGHT. */
        REFUSED(costshare_split_nested(10, gzero, 2, grp, big, 3, g, p), COSTSHARE_EOVERFLOW);
        REFUSED(costshare_split_nested(10, gzero, 2, grp, pw, 3, g, p), COSTSHARE_ENOWEIGHT);
        /* Group 1 weighs 1 but its parties weigh nothing. */
        REFUSED(costshare_split_nested(10, gw, 2, grp, pzero, 3, g, p), COSTSHARE_ENOWEIGHT);
        REFUSED(costshare_split_nested(10, gw, 2, grp, pallzero, 3, g, p), COSTSHARE_ENOWEIGHT);
        /* A group of weight 1 without parties. */
        {
            const uint32_t only0[3] = {0, 0, 0};
            REFUSED(costshare_split_nested(10, gw, 2, only0, pw, 3, g, p), COSTSHARE_ENOWEIGHT);
        }
    }
#undef REFUSED
}

/* int64 extremes at both levels. */
static void extremes(void **state) {
    const int64_t gw[2] = {1, 1};
    const uint32_t grp[4] = {0, 1, 0, 1};
    const int64_t pw[4] = {INT64_MAX / 4, 1, INT64_MAX / 4, 1};
    int64_t g[2], p[4];
    (void)state;
    assert_int_equal(costshare_split_nested(INT64_MIN, gw, 2, grp, pw, 4, g, p), COSTSHARE_OK);
    assert_int_equal(g[0], INT64_MIN / 2);
    assert_int_equal(g[1], INT64_MIN / 2);
    assert_int_equal(p[0], INT64_MIN / 4);
    assert_int_equal(p[2], INT64_MIN / 4);
    assert_int_equal(p[1], INT64_MIN / 4);
    assert_int_equal(p[3], INT64_MIN / 4);
    assert_int_equal(costshare_split_nested(INT64_MAX, gw, 2, grp, pw, 4, g, p), COSTSHARE_OK);
    assert_int_equal(g[0], INT64_MAX / 2 + 1);
    assert_int_equal(g[1], INT64_MAX / 2);
    /* 2^62 in halves; 2^62 - 1 in halves, the unit left to the first. */
    assert_int_equal(p[0], INT64_C(1) << 61);
    assert_int_equal(p[2], INT64_C(1) << 61);
    assert_int_equal(p[1], INT64_C(1) << 61);
    assert_int_equal(p[3], (INT64_C(1) << 61) - 1);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(finsam_state_region_municipalities),
        cmocka_unit_test(one_group_is_the_2018_key),
        cmocka_unit_test(interleaved_groups_split_like_their_members_alone),
        cmocka_unit_test(zero_weight_groups_and_parties_get_zero),
        cmocka_unit_test(ties_in_a_group_go_to_larger_weight_then_first_listed),
        cmocka_unit_test(more_equal_remainders_than_the_buffer),
        cmocka_unit_test(remainder_then_weight_then_index),
        cmocka_unit_test(matches_split_of_each_group_on_random_inputs),
        cmocka_unit_test(a_hundred_thousand_parties),
        cmocka_unit_test(many_groups_split_like_costshare_split),
        cmocka_unit_test(refusals_leave_outputs_untouched),
        cmocka_unit_test(extremes),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
