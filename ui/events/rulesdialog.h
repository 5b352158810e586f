#pragma once

#include "analysis/filterfile.h"
#include "analysis/filterrule.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class RuleListModel;
class Session;

// Process Monitor's filter editor (Ctrl+L), also used for highlight rules (Ctrl+H): pick column,
// relation, value and include/exclude, Add; the list below has an enable box per rule and can be
// reordered. Apply hands the rules over and keeps the dialog open; OK applies and closes.
// The filter flavour also saves, loads, renames and deletes named sets (kept in the filter file
// format, docs/filter-format.md) and imports/exports such a file.
class RulesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RulesDialog)

public:
    enum class Kind { Filter, Highlight };

    RulesDialog(Kind kind, QWidget *parent = nullptr);

    void setRules(const FilterRules &rules);
    FilterRules rules() const;
    // The session whose values the value box offers (not owned; may be null).
    void setSession(const Session *session);
    // What "Reset" goes back to: no rules for filters, the defaults for highlights.
    void setResetRules(const FilterRules &rules) { m_resetRules = rules; }
    // Where the named sets live (default: filter-sets.json in the user's config folder).
    void setSetsFile(const QString &fileName);
    static QString defaultSetsFile();

    RuleListModel *ruleModel() const { return m_model; }

Q_SIGNALS:
    void applied(const FilterRules &rules);

private:
    void buildEditor(QLayout *layout);
    void buildSets(QLayout *layout);
    FilterRule editedRule() const;
    void showRule(const FilterRule &rule);
    void fillValues();
    void fillRelations();
    void addRule();
    void updateRule();
    void removeRule();
    void moveRule(int delta);
    void updateButtons();
    void updateProblems();
    void apply();
    void loadSets();
    bool saveSets();
    void loadNamedSet();
    void saveNamedSet();
    void renameNamedSet();
    void deleteNamedSet();
    void importFile();
    void exportFile();
    void warnFile(const QString &fileName, const FilterFile::Error &error);
    int currentRow() const;

    Kind m_kind;
    const Session *m_session = nullptr;
    RuleListModel *m_model;
    FilterRules m_resetRules;
    QComboBox *m_columnBox = nullptr;
    QComboBox *m_relationBox = nullptr;
    QComboBox *m_valueBox = nullptr;
    QComboBox *m_actionBox = nullptr;
    QComboBox *m_colorBox = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_updateButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QPushButton *m_upButton = nullptr;
    QPushButton *m_downButton = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_problems = nullptr;
    QComboBox *m_setBox = nullptr;
    QString m_setsFile;
    QList<NamedRuleSet> m_sets;
};
