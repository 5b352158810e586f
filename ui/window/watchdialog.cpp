#include "window/watchdialog.h"

#include "capture/pathfilter.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

WatchDialog::WatchDialog(const WatchOptions &options, QWidget *parent)
    : QDialog(parent)
    , m_folderEdit(new QLineEdit(this))
    , m_recursiveBox(new QCheckBox(tr("Include subfolders (recursive)"), this))
    , m_rootSelfBox(new QCheckBox(tr("Record events on the folder itself"), this))
    , m_eventList(new QListWidget(this))
    , m_excludeEdit(new QPlainTextEdit(this))
    , m_includeEdit(new QPlainTextEdit(this))
    , m_patternError(new QLabel(this))
    , m_fanotifyBox(new QCheckBox(tr("Watch with process information (administrator)"), this))
{
    setWindowTitle(tr("Watch a Folder"));
    auto *form = new QFormLayout;

    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folderEdit, 1);
    auto *browseButton = new QPushButton(tr("Browse\u2026"), this);
    connect(browseButton, &QPushButton::clicked, this, &WatchDialog::browse);
    folderRow->addWidget(browseButton);
    // A row whose field is a layout gets no buddy from QFormLayout, so its "&" would show
    // literally: give those labels their buddy ourselves.
    auto *folderLabel = new QLabel(tr("&Folder:"), this);
    folderLabel->setBuddy(m_folderEdit);
    form->addRow(folderLabel, folderRow);
    form->addRow(QString(), m_recursiveBox);
    form->addRow(QString(), m_rootSelfBox);

    for (const EventNames::Type &t : EventNames::types()) {
        auto *item = new QListWidgetItem(QString::fromLatin1(t.name), m_eventList);
        item->setData(Qt::UserRole, t.mask);
        item->setCheckState(Qt::Checked);
    }
    m_eventList->setMinimumHeight(120);
    auto *eventsBox = new QVBoxLayout;
    eventsBox->addWidget(m_eventList);
    auto *allNone = new QHBoxLayout;
    auto *allButton = new QPushButton(tr("All"), this);
    auto *noneButton = new QPushButton(tr("None"), this);
    auto setAll = [this](Qt::CheckState s) {
        for (int i = 0; i < m_eventList->count(); ++i)
            m_eventList->item(i)->setCheckState(s);
    };
    connect(allButton, &QPushButton::clicked, this, [setAll] { setAll(Qt::Checked); });
    connect(noneButton, &QPushButton::clicked, this, [setAll] { setAll(Qt::Unchecked); });
    allNone->addWidget(allButton);
    allNone->addWidget(noneButton);
    allNone->addStretch();
    eventsBox->addLayout(allNone);
    auto *eventsLabel = new QLabel(tr("&Events:"), this);
    eventsLabel->setBuddy(m_eventList);
    form->addRow(eventsLabel, eventsBox);

    m_excludeEdit->setPlaceholderText(tr("One regular expression per line, e.g. /\\.git/"));
    m_excludeEdit->setMaximumHeight(60);
    m_includeEdit->setPlaceholderText(tr("One regular expression per line, e.g. \\.txt$"));
    m_includeEdit->setMaximumHeight(60);
    form->addRow(tr("E&xclude:"), m_excludeEdit);
    form->addRow(tr("&Include only:"), m_includeEdit);
    m_patternError->setWordWrap(true);
    m_patternError->setTextFormat(Qt::PlainText);
    m_patternError->hide();
    form->addRow(QString(), m_patternError);

    m_fanotifyBox->setToolTip(tr("Uses the fanotify helper, which runs as administrator after "
                                 "you enter your password. It tells which process touched each "
                                 "file and needs no watch per folder."));
    form->addRow(QString(), m_fanotifyBox);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_okButton = buttons->button(QDialogButtonBox::Ok);
    m_okButton->setText(tr("&Watch"));
    connect(m_excludeEdit, &QPlainTextEdit::textChanged, this, &WatchDialog::checkPatterns);
    connect(m_includeEdit, &QPlainTextEdit::textChanged, this, &WatchDialog::checkPatterns);
    connect(buttons, &QDialogButtonBox::accepted, this, &WatchDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &WatchDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    loadOptions(options);
    resize(520, sizeHint().height());
}

void WatchDialog::browse()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Choose a Folder to Watch"),
                                                          m_folderEdit->text());
    if (!dir.isEmpty())
        m_folderEdit->setText(QDir::toNativeSeparators(dir));
}

namespace {
// The patterns are one per line in the dialog.
QString patternsText(const QList<QRegularExpression> &list)
{
    QStringList lines;
    for (const QRegularExpression &re : list)
        lines << re.pattern();
    return lines.join(QLatin1Char('\n'));
}

QStringList patternLines(const QPlainTextEdit *edit)
{
    return edit->toPlainText().split(QLatin1Char('\n'));
}
} // namespace

void WatchDialog::loadOptions(const WatchOptions &options)
{
    m_folderEdit->setText(options.roots.isEmpty() ? QString()
                                                  : QFile::decodeName(options.roots.first()));
    m_recursiveBox->setChecked(options.recursive);
    m_rootSelfBox->setChecked(options.watchRootSelf);
    for (int i = 0; i < m_eventList->count(); ++i) {
        QListWidgetItem *item = m_eventList->item(i);
        item->setCheckState((options.events & item->data(Qt::UserRole).toUInt()) ? Qt::Checked
                                                                                 : Qt::Unchecked);
    }
    m_excludeEdit->setPlainText(patternsText(options.excludes));
    m_includeEdit->setPlainText(patternsText(options.includes));
    m_fanotifyBox->setChecked(options.backend == WatchOptions::Backend::Fanotify);
}

WatchOptions WatchDialog::options() const
{
    WatchOptions o;
    const QString folder = m_folderEdit->text().trimmed();
    if (!folder.isEmpty())
        o.roots = {QFile::encodeName(QFileInfo(QDir::fromNativeSeparators(folder))
                                         .absoluteFilePath())};
    o.recursive = m_recursiveBox->isChecked();
    o.watchRootSelf = m_rootSelfBox->isChecked();
    o.events = 0;
    for (int i = 0; i < m_eventList->count(); ++i) {
        const QListWidgetItem *item = m_eventList->item(i);
        if (item->checkState() == Qt::Checked)
            o.events |= item->data(Qt::UserRole).toUInt();
    }
    o.excludes = PathFilter::compileAll(patternLines(m_excludeEdit), nullptr);
    o.includes = PathFilter::compileAll(patternLines(m_includeEdit), nullptr);
    o.backend = m_fanotifyBox->isChecked() ? WatchOptions::Backend::Fanotify
                                           : WatchOptions::Backend::Inotify;
    return o;
}

void WatchDialog::accept()
{
    const QFileInfo info(m_folderEdit->text().trimmed());
    if (m_folderEdit->text().trimmed().isEmpty() || !info.isDir()) {
        QMessageBox::warning(this, windowTitle(), tr("Please choose an existing folder."));
        return;
    }
    if (!checkPatterns())
        return;
    if (options().events == 0) {
        QMessageBox::warning(this, windowTitle(), tr("Please choose at least one event type."));
        return;
    }
    QDialog::accept();
}

bool WatchDialog::checkPatterns()
{
    QString bad;
    QString why;
    PathFilter::compileAll(patternLines(m_excludeEdit), &bad, &why);
    PathFilter::compileAll(patternLines(m_includeEdit), &bad, &why);
    // The message the translators already know, then Qt's own (translated) reason.
    m_patternError->setText(bad.isEmpty()
                                ? QString()
                                : tr("This pattern is not a valid regular expression:\n%1").arg(bad)
                                      + QLatin1Char('\n') + why);
    m_patternError->setVisible(!bad.isEmpty());
    m_okButton->setEnabled(bad.isEmpty());
    return bad.isEmpty();
}
