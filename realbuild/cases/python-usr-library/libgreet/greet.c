/* A library built from source and installed with PREFIX=/usr into /usr/lib, among the
   distribution's files, as 3d0bee85's librdkafka (./configure --prefix=/usr). */
#include <stdio.h>

int greet(const char *name, char *out, int size) {
    return snprintf(out, size, "hello %s, from libgreet in /usr/lib", name);
}
