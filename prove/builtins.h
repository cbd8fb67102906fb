/* The compiler builtins lib/ uses, declared for the analysis (scripts/prove.sh
 * includes this before every file); prove/builtins.c defines them. */
#ifndef COSTSHARE_PROVE_BUILTINS_H
#define COSTSHARE_PROVE_BUILTINS_H

int __builtin_clzll(unsigned long long v);
/* A prefetch is a hint with no effect on the program's values. */
#define __builtin_prefetch(...) ((void)0)

#endif /* COSTSHARE_PROVE_BUILTINS_H */
