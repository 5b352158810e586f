#include "window/problemsdialog.h"

#include "text/problemtext.h"

#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

ProblemsDialog::ProblemsDialog(const QList<MonitorProblem> &problems, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Warnings"));
    auto *layout = new QVBoxLayout(this);
    auto *text = new QTextBrowser(this);
    text->setHtml(html(problems));
    layout->addWidget(text);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(620, 400);
}

QString ProblemsDialog::html(const QList<MonitorProblem> &problems)
{
    // Many folders can fail the same way (a whole tree unreadable); list each kind's advice once
    // and at most a screenful of paths so the dialog stays readable.
    QString html;
    QList<int> kindsSeen;
    int listed = 0;
    for (const MonitorProblem &p : problems) {
        if (!kindsSeen.contains(p.kind)) {
            kindsSeen.append(p.kind);
            html += QStringLiteral("<h3>%1</h3><p>%2</p>")
                        .arg(ProblemText::summary(p).toHtmlEscaped(),
                             ProblemText::advice(p).toHtmlEscaped().replace(
                                 QLatin1Char('\n'), QStringLiteral("<br>")));
        } else if (listed < 200) {
            html += QStringLiteral("<p>%1</p>").arg(ProblemText::summary(p).toHtmlEscaped());
        }
        ++listed;
    }
    if (problems.isEmpty())
        html = tr("No warnings.").toHtmlEscaped();
    return html;
}
