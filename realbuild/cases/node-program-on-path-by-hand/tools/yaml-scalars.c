/* Print every scalar of the YAML document on standard input, one a line (libyaml's
 * event parser); exit 1 on a parse error. */
#include <stdio.h>
#include <yaml.h>

int main(void) {
    yaml_parser_t parser;
    yaml_event_t event;
    int done = 0, status = 0;
    if (!yaml_parser_initialize(&parser))
        return 2;
    yaml_parser_set_input_file(&parser, stdin);
    while (!done) {
        if (!yaml_parser_parse(&parser, &event)) {
            fprintf(stderr, "yaml-scalars: %s\n", parser.problem ? parser.problem : "error");
            status = 1;
            break;
        }
        if (event.type == YAML_SCALAR_EVENT)
            printf("%s\n", (const char *)event.data.scalar.value);
        done = event.type == YAML_STREAM_END_EVENT;
        yaml_event_delete(&event);
    }
    yaml_parser_delete(&parser);
    return status;
}
