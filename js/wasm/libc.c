/*
 * The few C library functions the WebAssembly module needs, for a
 * freestanding --target=wasm32 build with no C library (js/build.sh).
 *
 * lib/ calls memcpy and strcmp; the compiler may emit calls to memcpy,
 * memmove and memset for struct copies and initialisers. Compiled with
 * -fno-builtin so that these loops are not themselves turned back into calls
 * to the functions they define.
 *
 * The __int128 variant (COSTSHARE_WASM_INT128=1 js/build.sh) links Debian's
 * compiler-rt builtins for wasm32 (libclang-rt-14-dev-wasm32) for the 128-bit
 * products and quotients (__multi3, __udivti3, __umodti3); they were built
 * with the stack protector,
 * so they refer to __stack_chk_guard and __stack_chk_fail (a failed check
 * traps). The default build uses neither, and the linker drops them.
 */
#include <stdint.h>
#include <string.h>

void *memcpy(void *restrict dest, const void *restrict src, size_t n) {
    unsigned char *d = dest;
    const unsigned char *s = src;
    while (n-- > 0) {
        *d++ = *s++;
    }
    return dest;
}

void *memmove(void *dest, const void *src, size_t n) {
    unsigned char *d = dest;
    const unsigned char *s = src;
    if ((uintptr_t)d < (uintptr_t)s) {
        while (n-- > 0) {
            *d++ = *s++;
        }
    } else {
        d += n;
        s += n;
        while (n-- > 0) {
            *--d = *--s;
        }
    }
    return dest;
}

void *memset(void *dest, int c, size_t n) {
    unsigned char *d = dest;
    while (n-- > 0) {
        *d++ = (unsigned char)c;
    }
    return dest;
}

int memcmp(const void *a, const void *b, size_t n) {
    const unsigned char *x = a, *y = b;
    for (; n > 0; n--, x++, y++) {
        if (*x != *y) {
            return *x < *y ? -1 : 1;
        }
    }
    return 0;
}

int strcmp(const char *a, const char *b) {
    const unsigned char *x = (const unsigned char *)a, *y = (const unsigned char *)b;
    while (*x != 0 && *x == *y) {
        x++;
        y++;
    }
    return *x < *y ? -1 : (*x > *y ? 1 : 0);
}

size_t strlen(const char *s) {
    const char *p = s;
    while (*p != 0) {
        p++;
    }
    return (size_t)(p - s);
}

/* Any value works; the module has no source of randomness, and the guard
 * only has to differ from what an overrun would write. */
uintptr_t __stack_chk_guard = 0x7a3c9e51u;

__attribute__((noreturn)) void __stack_chk_fail(void);

void __stack_chk_fail(void) {
    __builtin_trap();
}
