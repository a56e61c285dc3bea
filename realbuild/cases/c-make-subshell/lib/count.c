#include <stdio.h>
void count(int n) { for (int i = 1; i <= n; i++) printf("count %d\n", i); }
