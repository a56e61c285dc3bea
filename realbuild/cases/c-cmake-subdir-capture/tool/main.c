/* Parses the JSON text of its first argument with libjansson and prints it again,
   sorted and indented, with the jansson version it was linked against. */
#include <stdio.h>
#include <stdlib.h>
#include <jansson.h>

int main(int argc, char **argv) {
    json_error_t error;
    json_t *root;
    char *text;
    if (argc < 2) {
        fprintf(stderr, "usage: jqmini JSON\n");
        return 2;
    }
    root = json_loads(argv[1], 0, &error);
    if (root == NULL) {
        fprintf(stderr, "line %d: %s\n", error.line, error.text);
        return 1;
    }
    text = json_dumps(root, JSON_INDENT(2) | JSON_SORT_KEYS);
    printf("jansson %s\n%s\n", jansson_version_str(), text);
    free(text);
    json_decref(root);
    return 0;
}
