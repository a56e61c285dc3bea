"""Print what the system's OpenSSL configuration sets on a new TLS context."""
import ssl

import six

context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
legacy = bool(context.options & 0x40000)  # SSL_OP_ALLOW_UNSAFE_LEGACY_RENEGOTIATION
print(six.text_type("unsafe legacy renegotiation allowed: %s" % legacy))
