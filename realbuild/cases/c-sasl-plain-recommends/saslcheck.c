/* A SASL client starts PLAIN authentication, as an LDAP, IMAP, SMTP or Kafka client
 * does: libsasl2 finds its mechanisms as plugins it loads with dlopen from
 * /usr/lib/<triplet>/sasl2, which libsasl2-modules (a Recommends of libsasl2-2)
 * installs.  Without them sasl_client_start answers SASL_NOMECH (-4). */
#include <stdio.h>
#include <string.h>
#include <sasl/sasl.h>

static int simple(void *context, int id, const char **result, unsigned *len)
{
    (void)context;
    if (id != SASL_CB_USER && id != SASL_CB_AUTHNAME)
        return SASL_FAIL;
    *result = "alice";
    if (len)
        *len = (unsigned)strlen(*result);
    return SASL_OK;
}

static struct { unsigned long len; unsigned char data[8]; } password = {6, "secret"};

static int secret(sasl_conn_t *conn, void *context, int id, sasl_secret_t **out)
{
    (void)conn; (void)context; (void)id;
    *out = (sasl_secret_t *)&password;
    return SASL_OK;
}

int main(void)
{
    static sasl_callback_t callbacks[] = {
        {SASL_CB_USER, (int (*)(void))simple, NULL},
        {SASL_CB_AUTHNAME, (int (*)(void))simple, NULL},
        {SASL_CB_PASS, (int (*)(void))secret, NULL},
        {SASL_CB_LIST_END, NULL, NULL},
    };
    sasl_conn_t *conn;
    const char *out, *mech;
    unsigned outlen;
    int r = sasl_client_init(callbacks);
    if (r != SASL_OK) {
        printf("sasl_client_init: %d\n", r);
        return 1;
    }
    r = sasl_client_new("imap", "mail.example", NULL, NULL, NULL, 0, &conn);
    if (r != SASL_OK) {
        printf("sasl_client_new: %d\n", r);
        return 1;
    }
    r = sasl_client_start(conn, "PLAIN", NULL, &out, &outlen, &mech);
    if (r != SASL_OK && r != SASL_CONTINUE) {
        printf("sasl_client_start: %d (%s)\n", r, sasl_errdetail(conn));
        return 2;
    }
    printf("mechanism %s, initial response of %u bytes\n", mech, outlen);
    sasl_dispose(&conn);
    sasl_client_done();
    return 0;
}
