/* A shared object that links libcostshare.a, as a database or interpreter
 * extension does. Only plugin_split() may be in its dynamic symbol table: the
 * archive's costshare_ functions must stay hidden inside it. */
#include <costshare.h>

#if defined(__GNUC__)
#define PLUGIN_API __attribute__((visibility("default")))
#else
#define PLUGIN_API
#endif

PLUGIN_API int plugin_split(int64_t total, const int64_t *weights, size_t count,
                            int64_t *shares);

PLUGIN_API int plugin_split(int64_t total, const int64_t *weights, size_t count,
                            int64_t *shares) {
    return costshare_split(total, weights, count, shares);
}
