/*
 * The compiler builtins lib/ uses, written in C for the analysis (Frama-C
 * knows no body for them). __builtin_clzll is undefined for 0: the
 * assertion makes every call site prove its argument non-zero.
 */
#include "builtins.h"

int __builtin_clzll(unsigned long long v) {
    int n = 0;
    /*@ assert clz_argument_nonzero: v != 0; */
    if ((v >> 32) == 0) {
        n += 32;
        v <<= 32;
    }
    if ((v >> 48) == 0) {
        n += 16;
        v <<= 16;
    }
    if ((v >> 56) == 0) {
        n += 8;
        v <<= 8;
    }
    if ((v >> 60) == 0) {
        n += 4;
        v <<= 4;
    }
    if ((v >> 62) == 0) {
        n += 2;
        v <<= 2;
    }
    if ((v >> 63) == 0) {
        n += 1;
    }
    return n;
}
