// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QString>

namespace hydron::source {

// A Docker image reference, [registry[:port]/]path[:tag][@algorithm:hex], checked with the
// rules Docker itself applies (distribution's reference grammar):
// - path components are lower-case letters and digits joined by '.', '_', '__' or dashes;
// - the first component is a registry when it holds a '.' or a ':', is "localhost", or has
//   upper-case letters; otherwise the registry is docker.io, and a one-component path on
//   docker.io gets the "library/" namespace ("nginx" is "docker.io/library/nginx");
// - "index.docker.io" is docker.io;
// - a tag is up to 128 letters, digits, '_', '.' and '-', not starting with '.' or '-';
// - a digest is sha256 (64), sha384 (96) or sha512 (128) lower-case hexadecimal digits;
// - the registry and path together are at most 255 characters.
// Image sources skip analysis: the user gives ports and env for them.
class ImageReference final
{
public:
    static inline const QString DefaultRegistry = QStringLiteral("docker.io");

    // Parses what a user typed. Every error says which part is wrong and how.
    [[nodiscard]] static Result<ImageReference> parse(const QString &text);

    [[nodiscard]] QString registry() const { return m_registry; }     // "docker.io", "registry.example.test", "localhost:5000"
    [[nodiscard]] QString repository() const { return m_repository; } // "library/nginx", "plausible/community-edition"
    [[nodiscard]] QString tag() const { return m_tag; }               // empty when none was given
    [[nodiscard]] QString digest() const { return m_digest; }         // "sha256:…", empty when none was given

    // The tag Docker pulls: the given one, "latest" when neither tag nor digest was given,
    // empty for a digest-only reference.
    [[nodiscard]] QString effectiveTag() const;
    // True when the reference names one fixed image: a digest, or a tag other than "latest".
    [[nodiscard]] bool isPinned() const;

    // "docker.io/library/nginx:1.27@sha256:…": registry and path always spelled out.
    [[nodiscard]] QString toString() const;
    // The short form Docker prints: "nginx:1.27", "grafana/grafana:11.0.0", "registry.example.test/a/b:1".
    [[nodiscard]] QString familiarName() const;

    friend bool operator==(const ImageReference &, const ImageReference &) = default;

private:
    QString m_registry;
    QString m_repository;
    QString m_tag;
    QString m_digest;
};

} // namespace hydron::source
