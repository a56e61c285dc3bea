/* runs the schema compiler the image keeps (protoc, from protobuf-compiler) at run time */
#include <stdio.h>
#include <stdlib.h>

int main(void) {
    puts("protowrap: the schema compiler this service runs:");
    fflush(stdout);
    int rc = system("protoc --version");
    return rc == 0 ? 0 : 1;
}
