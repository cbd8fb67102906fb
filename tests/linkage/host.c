/* Loads nothing by hand: linked against the plugin, it checks that the
 * archive inside the plugin works (the 2017 populations of Östergötland
 * split 763 945 SEK, Boxholm 9 251). */
#include <stdint.h>
#include <stdio.h>

int plugin_split(int64_t total, const int64_t *weights, size_t count, int64_t *shares);

int main(void) {
    const int64_t pop[13] = {5453,  21577, 9882, 158520, 27019, 43549, 133749,
                             14521, 7421,  7920, 3733,   11631, 5343};
    int64_t sek[13];
    if (plugin_split(763945, pop, 13, sek) != 0 || sek[0] != 9251 || sek[12] != 9064) {
        fprintf(stderr, "plugin split failed\n");
        return 1;
    }
    puts("plugin split: Boxholm 9251, Ödeshög 9064");
    return 0;
}
