// SPDX-FileCopyrightText: 2026 Hydron contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/messagebox.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace hydron::ui {
namespace {

std::optional<MessageBox::Answer> s_nextAnswer;
QString s_lastText;

QMessageBox *makeBox(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text)
{
    auto *box = new QMessageBox(icon, title, text, QMessageBox::NoButton, parent);
    box->setObjectName(u"messageBox"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(parent ? Qt::WindowModal : Qt::ApplicationModal);
    box->setTextFormat(Qt::PlainText);
    return box;
}

// Runs `callback` from the event loop, like a click would; never inside the caller's frame.
void later(QWidget *parent, std::function<void()> callback)
{
    if (!callback)
        return;
    QObject *context = parent ? static_cast<QObject *>(parent) : static_cast<QObject *>(QCoreApplication::instance());
    QTimer::singleShot(0, context, std::move(callback));
}

} // namespace

void MessageBox::setNextAnswer(Answer answer)
{
    s_nextAnswer = answer;
}

void MessageBox::clearNextAnswer()
{
    s_nextAnswer.reset();
}

QString MessageBox::lastText()
{
    return s_lastText;
}

std::optional<MessageBox::Answer> MessageBox::takeNextAnswer()
{
    auto answer = s_nextAnswer;
    s_nextAnswer.reset();
    return answer;
}

void MessageBox::confirm(QWidget *parent, const QString &title, const QString &text, const QString &confirmLabel,
                         std::function<void(bool)> done)
{
    s_lastText = text;
    if (auto answer = takeNextAnswer()) {
        const bool confirmed = *answer == Answer::Confirm;
        later(parent, [done = std::move(done), confirmed] {
            if (done)
                done(confirmed);
        });
        return;
    }
    QMessageBox *box = makeBox(parent, QMessageBox::Warning, title, text);
    QPushButton *confirmButton = box->addButton(confirmLabel, QMessageBox::DestructiveRole);
    confirmButton->setObjectName(u"messageBoxConfirmButton"_s);
    QPushButton *cancelButton = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(cancelButton);
    box->setEscapeButton(cancelButton);
    QObject::connect(box, &QMessageBox::finished, box, [box, confirmButton, done = std::move(done)](int) {
        if (done)
            done(box->clickedButton() == confirmButton);
    });
    box->open();
}

void MessageBox::error(QWidget *parent, const QString &title, const Error &error, std::function<void()> done)
{
    s_lastText = error.detail.isEmpty() ? error.message : error.message + u"\n\n"_s + error.detail;
    if (takeNextAnswer()) {
        later(parent, std::move(done));
        return;
    }
    QMessageBox *box = makeBox(parent, QMessageBox::Critical, title, error.message);
    box->addButton(QMessageBox::Close);
    if (!error.detail.isEmpty())
        box->setDetailedText(error.detail);
    QObject::connect(box, &QMessageBox::finished, box, [done = std::move(done)](int) {
        if (done)
            done();
    });
    box->open();
}

void MessageBox::information(QWidget *parent, const QString &title, const QString &text, std::function<void()> done)
{
    s_lastText = text;
    if (takeNextAnswer()) {
        later(parent, std::move(done));
        return;
    }
    QMessageBox *box = makeBox(parent, QMessageBox::Information, title, text);
    box->addButton(QMessageBox::Ok);
    QObject::connect(box, &QMessageBox::finished, box, [done = std::move(done)](int) {
        if (done)
            done();
    });
    box->open();
}

} // namespace hydron::ui
