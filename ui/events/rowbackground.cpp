#include "events/rowbackground.h"

#include "events/highlightcolors.h"

#include <QApplication>
#include <QPalette>

RowBackground::RowBackground()
{
    m_highlight.setRules(HighlightColors::defaultRules());
}

void RowBackground::setTables(const PathTable *paths, const ProcessTable *processes)
{
    m_highlight.setTables(paths, processes);
    m_find.setTables(paths, processes);
}

void RowBackground::setHighlightRules(const FilterRules &rules)
{
    m_highlight.setRules(rules);
    forgetRow();
    m_tints.clear();
}

void RowBackground::setFindText(const QString &text)
{
    m_find.setText(text);
    forgetRow();
}

QVariant RowBackground::brush(const FsEvent &e, quint64 serial) const
{
    if (!m_find.isEmpty() && m_find.matches(e)) {
        // Find's own tint, from the theme's selection colour: above any highlight rule.
        const QColor base = QApplication::palette().color(QPalette::Base);
        return QBrush(HighlightColors::tint(
            QApplication::palette().color(QPalette::Highlight).name(), base));
    }
    if (m_highlight.isEmpty())
        return {};
    if (serial != m_highlightSerial) {
        m_highlightSerial = serial;
        m_highlightRule = m_highlight.highlight(e);
    }
    if (m_highlightRule < 0)
        return {};
    // A tint of the rule's colour mixed into the theme's own base colour: light on a light
    // theme, dark on a dark one; the text colour stays the theme's, so it stays readable.
    const QColor base = QApplication::palette().color(QPalette::Base);
    if (m_tints.size() != m_highlight.rules().size() || base != m_tintBase) {
        m_tintBase = base;
        m_tints.clear();
        for (const FilterRule &r : m_highlight.rules())
            m_tints.append(QBrush(HighlightColors::tint(r.color, base)));
    }
    return m_tints.at(m_highlightRule);
}
