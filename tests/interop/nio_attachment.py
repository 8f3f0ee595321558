#!/usr/bin/python3
"""matrix-nio's side of tst_attachmentinterop.

    nio_attachment.py encrypt SIZE PLAIN_OUT CIPHER_OUT INFO_OUT
    nio_attachment.py decrypt CIPHER INFO PLAIN_OUT"""
import json
import os
import sys

from nio.crypto.attachments import decrypt_attachment, encrypt_attachment


def encrypt(size, plain_path, cipher_path, info_path):
    plain = os.urandom(int(size))
    ciphertext, info = encrypt_attachment(plain)
    with open(plain_path, "wb") as f:
        f.write(plain)
    with open(cipher_path, "wb") as f:
        f.write(ciphertext)
    info["url"] = "mxc://example.org/from-nio"
    with open(info_path, "w") as f:
        json.dump(info, f)


def decrypt(cipher_path, info_path, plain_path):
    with open(info_path) as f:
        info = json.load(f)
    with open(cipher_path, "rb") as f:
        ciphertext = f.read()
    plain = decrypt_attachment(ciphertext, info["key"]["k"], info["hashes"]["sha256"], info["iv"])
    with open(plain_path, "wb") as f:
        f.write(plain)


if __name__ == "__main__":
    {"encrypt": encrypt, "decrypt": decrypt}[sys.argv[1]](*sys.argv[2:])
