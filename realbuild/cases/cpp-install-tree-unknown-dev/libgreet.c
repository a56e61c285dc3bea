#include <stddef.h>
#include <pthreadpool.h>
#include "greet.h"

/* the pool's thread count: links libpthreadpool (no table names its runtime package) */
int greet_threads(int wanted) {
    pthreadpool_t pool = pthreadpool_create((size_t) wanted);
    if (pool == NULL)
        return -1;
    int got = (int) pthreadpool_get_threads_count(pool);
    pthreadpool_destroy(pool);
    return got;
}
