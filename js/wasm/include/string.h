/*
 * The part of <string.h> that lib/ and the compiler need, for the
 * freestanding WebAssembly build (js/build.sh): --target=wasm32 has no C
 * library, so these declarations stand in for one. Implemented in
 * js/wasm/libc.c.
 */
#ifndef COSTSHARE_WASM_STRING_H
#define COSTSHARE_WASM_STRING_H

#include <stddef.h>

void *memcpy(void *restrict dest, const void *restrict src, size_t n);
void *memmove(void *dest, const void *src, size_t n);
void *memset(void *dest, int c, size_t n);
int memcmp(const void *a, const void *b, size_t n);
int strcmp(const char *a, const char *b);
size_t strlen(const char *s);

#endif /* COSTSHARE_WASM_STRING_H */
