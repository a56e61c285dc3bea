/* Print pi to the number of significant digits given (1..1000), computed with MPFR.
 * The full node image has libmpfr6 (gcc needs it) but not its headers, so the part of
 * MPFR's public x86_64 ABI used here is declared by hand and the library linked by its
 * soname; the slim image has no libmpfr at all. */
#include <stdio.h>
#include <stdlib.h>

typedef struct { long prec; int sign; long exp; void *d; } mpfr_struct;
extern void mpfr_init2(mpfr_struct *x, long precision);
extern int mpfr_const_pi(mpfr_struct *x, int rounding);
extern char *mpfr_get_str(char *out, long *exp, int base, size_t digits,
                          const mpfr_struct *x, int rounding);
extern void mpfr_free_str(char *s);
extern void mpfr_clear(mpfr_struct *x);

int main(int argc, char **argv) {
    int digits = argc > 1 ? atoi(argv[1]) : 10;
    if (digits < 2 || digits > 1000) {
        fprintf(stderr, "pi-digits: give 2..1000 digits\n");
        return 1;
    }
    mpfr_struct pi;
    long exp = 0;
    mpfr_init2(&pi, (long)(digits * 3.33) + 32);
    mpfr_const_pi(&pi, 0);
    char *s = mpfr_get_str(NULL, &exp, 10, (size_t)digits, &pi, 0);
    printf("%.*s.%s\n", (int)exp, s, s + exp);
    mpfr_free_str(s);
    mpfr_clear(&pi);
    return 0;
}
