/* A downstream program: splits the 2018 cost and checks the library version. */
#include <costshare.h>
#include <stdio.h>
#include <string.h>

int main(void) {
    static const int64_t populations[] = {5453,  21577, 9882, 158520, 27019, 43549, 133749,
                                          14521, 7421,  7920, 3733,   11631, 5343};
    static const int64_t expected[] = {9251,  36605, 16764, 268922, 45837, 73879, 226899,
                                       24634, 12589, 13436, 6333,   19732, 9064};
    int64_t shares[13];
    size_t i;
    int rc;

    if (costshare_version_number() / 10000 != COSTSHARE_VERSION_MAJOR) {
        fprintf(stderr, "consumer: major version mismatch (%s)\n", costshare_version());
        return 1;
    }
    rc = costshare_split(763945, populations, 13, shares);
    if (rc != COSTSHARE_OK) {
        fprintf(stderr, "consumer: %s\n", costshare_error_message(rc));
        return 1;
    }
    for (i = 0; i < 13; i++) {
        if (shares[i] != expected[i]) {
            fprintf(stderr, "consumer: share %u is %lld\n", (unsigned)i, (long long)shares[i]);
            return 1;
        }
    }
    printf("consumer ok: libcostshare %s\n", costshare_version());
    return 0;
}
