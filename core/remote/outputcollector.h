// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/remote/linesplitter.h"

#include <QList>

namespace hydron::remote {

// Collects both streams of one running command into whole lines until the transport hands
// them on as a batch. It also takes the process-group line that the command wrapper prints
// first on stdout (see commandwrapper.h) out of the output.
class OutputCollector final
{
public:
    OutputCollector();

    void feed(Stream stream, QByteArrayView data);
    void finish();

    [[nodiscard]] qsizetype pendingLines() const { return m_lines.size(); }
    [[nodiscard]] QList<OutputLine> takeLines();
    // The command's process group, once the wrapper announced it; 0 before.
    [[nodiscard]] qint64 processGroup() const { return m_processGroup; }

private:
    void takeMarker(QList<OutputLine> &stdoutLines);

    LineSplitter m_stdout{Stream::Stdout};
    LineSplitter m_stderr{Stream::Stderr};
    QList<OutputLine> m_lines;
    bool m_awaitingMarker = true;
    qint64 m_processGroup = 0;
};

} // namespace hydron::remote
