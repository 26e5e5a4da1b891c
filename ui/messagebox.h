// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QString>

#include <functional>
#include <optional>

class QWidget;

namespace hydron::ui {

// Message boxes that never block: each opens window-modal with open() and reports the answer
// through a callback, so no nested event loop runs on the GUI thread.
//
// Tests pre-answer the next box with setNextAnswer(); the box is then not shown at all and the
// callback runs from the event loop, as it would after a click.
class MessageBox final
{
public:
    enum class Answer
    {
        Confirm,
        Cancel
    };

    // Asks before something destructive. `done(true)` when the user chose `confirmLabel`.
    static void confirm(QWidget *parent, const QString &title, const QString &text, const QString &confirmLabel,
                        std::function<void(bool)> done);
    // Shows a core error: its message, and its detail behind "Show Details…".
    static void error(QWidget *parent, const QString &title, const Error &error, std::function<void()> done = {});
    static void information(QWidget *parent, const QString &title, const QString &text,
                            std::function<void()> done = {});

    // Test hook: the next box is answered with `answer` instead of being shown.
    static void setNextAnswer(Answer answer);
    static void clearNextAnswer();
    // Test hook: the text of the last box shown or pre-answered, with its detail if any.
    [[nodiscard]] static QString lastText();

private:
    static std::optional<Answer> takeNextAnswer();
};

} // namespace hydron::ui
