// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/source/imagereference.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace hydron;
using namespace hydron::source;

namespace {
const QString Sha = u"0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"_s;
}

class TestImageReference final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_valid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("registry");
        QTest::addColumn<QString>("repository");
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QString>("digest");
        QTest::addColumn<QString>("canonical");
        QTest::addColumn<QString>("familiar");

        QTest::newRow("official short") << u"nginx"_s << u"docker.io"_s << u"library/nginx"_s << QString() << QString()
                                        << u"docker.io/library/nginx"_s << u"nginx"_s;
        QTest::newRow("official tag") << u"nginx:1.27"_s << u"docker.io"_s << u"library/nginx"_s << u"1.27"_s
                                      << QString() << u"docker.io/library/nginx:1.27"_s << u"nginx:1.27"_s;
        QTest::newRow("library spelled out")
            << u"library/redis:7.2.5-alpine"_s << u"docker.io"_s << u"library/redis"_s << u"7.2.5-alpine"_s << QString()
            << u"docker.io/library/redis:7.2.5-alpine"_s << u"redis:7.2.5-alpine"_s;
        QTest::newRow("user repo") << u"grafana/grafana:11.0.0"_s << u"docker.io"_s << u"grafana/grafana"_s
                                   << u"11.0.0"_s << QString() << u"docker.io/grafana/grafana:11.0.0"_s
                                   << u"grafana/grafana:11.0.0"_s;
        QTest::newRow("three components on docker.io")
            << u"foo/bar/baz"_s << u"docker.io"_s << u"foo/bar/baz"_s << QString() << QString()
            << u"docker.io/foo/bar/baz"_s << u"foo/bar/baz"_s;
        QTest::newRow("ghcr") << u"registry.example.test/plausible/community-edition:v2.1.4"_s << u"registry.example.test"_s
                              << u"plausible/community-edition"_s << u"v2.1.4"_s << QString()
                              << u"registry.example.test/plausible/community-edition:v2.1.4"_s
                              << u"registry.example.test/plausible/community-edition:v2.1.4"_s;
        QTest::newRow("registry with port")
            << u"localhost:5000/team/app:v1"_s << u"localhost:5000"_s << u"team/app"_s << u"v1"_s << QString()
            << u"localhost:5000/team/app:v1"_s << u"localhost:5000/team/app:v1"_s;
        QTest::newRow("localhost without port") << u"localhost/app"_s << u"localhost"_s << u"app"_s << QString()
                                                << QString() << u"localhost/app"_s << u"localhost/app"_s;
        QTest::newRow("index.docker.io is docker.io")
            << u"index.docker.io/library/redis:7"_s << u"docker.io"_s << u"library/redis"_s << u"7"_s << QString()
            << u"docker.io/library/redis:7"_s << u"redis:7"_s;
        QTest::newRow("docker.io one component gets library/")
            << u"docker.io/redis"_s << u"docker.io"_s << u"library/redis"_s << QString() << QString()
            << u"docker.io/library/redis"_s << u"redis"_s;
        QTest::newRow("digest only") << u"nginx@sha256:"_s + Sha << u"docker.io"_s << u"library/nginx"_s << QString()
                                     << u"sha256:"_s + Sha << u"docker.io/library/nginx@sha256:"_s + Sha
                                     << u"nginx@sha256:"_s + Sha;
        QTest::newRow("tag and digest") << u"nginx:1.27@sha256:"_s + Sha << u"docker.io"_s << u"library/nginx"_s
                                        << u"1.27"_s << u"sha256:"_s + Sha
                                        << u"docker.io/library/nginx:1.27@sha256:"_s + Sha
                                        << u"nginx:1.27@sha256:"_s + Sha;
        QTest::newRow("separators") << u"a__b/c.d-e--f_g:T_1.x-Y"_s << u"docker.io"_s << u"a__b/c.d-e--f_g"_s
                                    << u"T_1.x-Y"_s << QString() << u"docker.io/a__b/c.d-e--f_g:T_1.x-Y"_s
                                    << u"a__b/c.d-e--f_g:T_1.x-Y"_s;
        QTest::newRow("IPv6 registry") << u"[::1]:5000/app:1"_s << u"[::1]:5000"_s << u"app"_s << u"1"_s << QString()
                                       << u"[::1]:5000/app:1"_s << u"[::1]:5000/app:1"_s;
        QTest::newRow("upper-case first component is a registry")
            << u"Registry/app"_s << u"Registry"_s << u"app"_s << QString() << QString() << u"Registry/app"_s
            << u"Registry/app"_s;
        QTest::newRow("128-character tag")
            << u"app:"_s + QString(128, u'a') << u"docker.io"_s << u"library/app"_s << QString(128, u'a') << QString()
            << u"docker.io/library/app:"_s + QString(128, u'a') << u"app:"_s + QString(128, u'a');
    }

    void parse_valid()
    {
        QFETCH(QString, text);
        QFETCH(QString, registry);
        QFETCH(QString, repository);
        QFETCH(QString, tag);
        QFETCH(QString, digest);
        QFETCH(QString, canonical);
        QFETCH(QString, familiar);
        auto ref = ImageReference::parse(text);
        QVERIFY2(ref.has_value(), qPrintable(ref ? QString() : ref.error().message));
        QCOMPARE(ref->registry(), registry);
        QCOMPARE(ref->repository(), repository);
        QCOMPARE(ref->tag(), tag);
        QCOMPARE(ref->digest(), digest);
        QCOMPARE(ref->toString(), canonical);
        QCOMPARE(ref->familiarName(), familiar);
        // The canonical form parses back to the same reference.
        auto again = ImageReference::parse(canonical);
        QVERIFY(again.has_value());
        QCOMPARE(*again, *ref);
    }

    void parse_invalid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");

        QTest::newRow("empty") << QString() << u"The image reference is empty."_s;
        QTest::newRow("blank") << u"   "_s << u"The image reference is empty."_s;
        QTest::newRow("space")
            << u"nginx latest"_s
            << u"The image reference \"nginx latest\" contains white space or a control character."_s;
        QTest::newRow("upper case") << u"NGINX"_s
                                    << u"The repository name \"NGINX\" has upper-case letters; Docker repository names "
                                       "must be lower case (\"nginx\")."_s;
        QTest::newRow("upper case in path")
            << u"library/Nginx:1"_s
            << u"The repository name \"library/Nginx\" has upper-case letters; Docker repository names must be lower "
               "case (\"library/nginx\")."_s;
        QTest::newRow("colon without tag")
            << u"nginx:"_s << u"The image reference ends its name with ':' but gives no tag after it."_s;
        QTest::newRow("tag starts with dot")
            << u"nginx:.hidden"_s << u"The tag \".hidden\" must not start with '.' or '-'."_s;
        QTest::newRow("tag starts with dash") << u"nginx:-x"_s << u"The tag \"-x\" must not start with '.' or '-'."_s;
        QTest::newRow("tag too long") << u"nginx:"_s + QString(129, u'a')
                                      << u"The tag is 129 characters long; at most 128 are allowed."_s;
        QTest::newRow("tag character")
            << u"nginx:a+b"_s
            << u"The tag \"a+b\" contains \"+\"; tags may hold only letters, digits, '_', '.' and '-'."_s;
        QTest::newRow("at without digest")
            << u"nginx@"_s
            << u"The image reference has an '@' but no digest after it; write it as @sha256: followed by 64 "
               "hexadecimal digits."_s;
        QTest::newRow("digest without algorithm")
            << u"nginx@abc"_s
            << u"The digest \"abc\" names no algorithm; write it as sha256: followed by 64 hexadecimal digits."_s;
        QTest::newRow("unknown algorithm")
            << u"nginx@md5:0123456789abcdef0123456789abcdef"_s
            << u"The digest algorithm \"md5\" is not one Docker accepts; use sha256, sha384 or sha512."_s;
        QTest::newRow("short digest") << u"nginx@sha256:abc"_s
                                      << u"The sha256 digest has 3 hexadecimal digits; it must have exactly 64."_s;
        QTest::newRow("sha512 length") << u"nginx@sha512:"_s + Sha
                                       << u"The sha512 digest has 64 hexadecimal digits; it must have exactly 128."_s;
        QTest::newRow("upper-case digest")
            << u"nginx@sha256:"_s + Sha.toUpper()
            << u"The sha256 digest contains \"A\"; it must be lower-case hexadecimal digits (0-9, a-f) only."_s;
        QTest::newRow("two ats") << u"a@b@c"_s << u"The image reference \"a@b@c\" has more than one '@'."_s;
        QTest::newRow("double slash")
            << u"foo//bar"_s
            << u"The repository path \"foo//bar\" has an empty part: two slashes in a row, or a slash at its start or "
               "end."_s;
        QTest::newRow("trailing slash")
            << u"foo/"_s
            << u"The repository path \"foo/\" has an empty part: two slashes in a row, or a slash at its start or "
               "end."_s;
        QTest::newRow("registry only")
            << u"example.com/"_s
            << u"The image reference \"example.com/\" names the registry example.com but no repository in it."_s;
        QTest::newRow("leading separator")
            << u"-foo"_s
            << u"The part \"-foo\" of the repository name must start with a lower-case letter or a digit."_s;
        QTest::newRow("trailing separator")
            << u"team/foo_"_s
            << u"The part \"foo_\" of the repository name must end with a lower-case letter or a digit."_s;
        QTest::newRow("two dots")
            << u"foo..bar"_s
            << u"The part \"foo..bar\" of the repository name has the separator \"..\"; only '.', '_', '__' or dashes "
               "may stand between letters and digits."_s;
        QTest::newRow("three underscores")
            << u"foo___bar"_s
            << u"The part \"foo___bar\" of the repository name has the separator \"___\"; only '.', '_', '__' or "
               "dashes may stand between letters and digits."_s;
        QTest::newRow("mixed separator")
            << u"foo._bar"_s
            << u"The part \"foo._bar\" of the repository name has the separator \"._\"; only '.', '_', '__' or "
               "dashes may stand between letters and digits."_s;
        QTest::newRow("bad character")
            << u"foo$bar"_s
            << u"The repository name \"foo$bar\" contains \"$\"; it may hold only a-z, 0-9 and the separators '.', "
               "'_', '__' and '-'."_s;
        QTest::newRow("port out of range")
            << u"example.com:99999/app"_s
            << u"The registry port in \"example.com:99999\" must be a number between 1 and 65535."_s;
        QTest::newRow("port not a number")
            << u"example.com:http/app"_s
            << u"The registry port in \"example.com:http\" must be a number between 1 and 65535."_s;
        QTest::newRow("empty port") << u"localhost:/app"_s
                                    << u"The registry port in \"localhost:\" must be a number between 1 and 65535."_s;
        QTest::newRow("bad host")
            << u"exa_mple.com/app"_s
            << u"The registry host \"exa_mple.com\" is not a valid host name: each part between dots must be "
               "letters, digits and inner dashes."_s;
        QTest::newRow("host label ends with dash")
            << u"example-.com/app"_s
            << u"The registry host \"example-.com\" is not a valid host name: each part between dots must be "
               "letters, digits and inner dashes."_s;
        QTest::newRow("unclosed IPv6") << u"[::1/app"_s
                                       << u"The registry address \"[::1\" opens an IPv6 bracket and never closes it."_s;
        QTest::newRow("image id") << Sha
                                  << u"\"%1\" is a 64-digit image ID, not a reference; give a name such as nginx:1.27 "
                                     "or name@sha256:…."_s.arg(Sha);
        QTest::newRow("no name") << u":1.0"_s << u"The image reference \":1.0\" names no repository."_s;
        QTest::newRow("name too long") << u"example.com/"_s + QString(250, u'a')
                                       << u"The repository name is 262 characters long; at most 255 are allowed."_s;
    }

    void parse_invalid()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        auto ref = ImageReference::parse(text);
        QVERIFY2(!ref.has_value(), qPrintable(ref ? ref->toString() : QString()));
        QCOMPARE(ref.error().code, Error::Code::InvalidInput);
        QCOMPARE(ref.error().message, message);
    }

    void effectiveTagAndPinning()
    {
        auto bare = ImageReference::parse(u"postgres"_s);
        QVERIFY(bare);
        QCOMPARE(bare->effectiveTag(), u"latest"_s);
        QVERIFY(!bare->isPinned());

        auto latest = ImageReference::parse(u"postgres:latest"_s);
        QVERIFY(latest);
        QVERIFY(!latest->isPinned());

        auto tagged = ImageReference::parse(u"postgres:16.4-alpine"_s);
        QVERIFY(tagged);
        QCOMPARE(tagged->effectiveTag(), u"16.4-alpine"_s);
        QVERIFY(tagged->isPinned());

        auto digest = ImageReference::parse(u"postgres@sha256:"_s + Sha);
        QVERIFY(digest);
        QCOMPARE(digest->effectiveTag(), QString());
        QVERIFY(digest->isPinned());
    }
};

QTEST_GUILESS_MAIN(TestImageReference)
#include "tst_imagereference.moc"
