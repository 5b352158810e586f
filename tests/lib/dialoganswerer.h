#pragma once

// Answers the modal dialogs a window opens while a test drives it (exec() blocks the test's own
// code): every 10 ms it looks at the active modal widget and lets `answer` deal with it. A
// QFileDialog gets `fileName` and is accepted. The boxes seen are counted and their texts kept,
// with the text of each box's default button, so a test can check what was asked.

#include <QAbstractButton>
#include <QApplication>
#include <QFileDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStringList>
#include <QTimer>

#include <functional>

class DialogAnswerer
{
public:
    // `answer` picks the button to click in a QMessageBox (null: leave the box open).
    explicit DialogAnswerer(std::function<QAbstractButton *(QMessageBox *)> answer,
                            QString fileName = {})
        : m_answer(std::move(answer))
        , m_fileName(std::move(fileName))
    {
        m_timer.setInterval(10);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { poll(); });
        m_timer.start();
    }

    // Clicks the button with this object name, or the one with this standard role.
    static std::function<QAbstractButton *(QMessageBox *)> button(const char *objectName)
    {
        return [objectName](QMessageBox *box) -> QAbstractButton * {
            return box->findChild<QAbstractButton *>(QLatin1String(objectName));
        };
    }
    static std::function<QAbstractButton *(QMessageBox *)> standard(QMessageBox::StandardButton b)
    {
        return [b](QMessageBox *box) -> QAbstractButton * { return box->button(b); };
    }

    int boxesSeen() const { return int(m_texts.size()); }
    const QStringList &texts() const { return m_texts; }
    const QStringList &defaultButtons() const { return m_defaults; }

private:
    void poll()
    {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *dialog = qobject_cast<QFileDialog *>(modal)) {
            // Typed into the name field: selectFile() may be undone by the directory listing
            // that the dialog is still loading.
            auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
            if (!name)
                return;
            name->setText(m_fileName);
            QMetaObject::invokeMethod(dialog, "accept"); // protected in QFileDialog, a slot
        } else if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            // A property, not the pointer: the next box may be built at the same address.
            if (!box->isVisible() || box->property("dialogAnswerer.answered").toBool())
                return;
            QAbstractButton *b = m_answer(box);
            if (!b)
                return;
            box->setProperty("dialogAnswerer.answered", true);
            m_texts << box->text();
            m_defaults << (box->defaultButton() ? box->defaultButton()->text() : QString());
            b->click();
        }
    }

    std::function<QAbstractButton *(QMessageBox *)> m_answer;
    QString m_fileName;
    QTimer m_timer;
    QStringList m_texts;
    QStringList m_defaults;
};
