#include "events/highlightcolors.h"

QList<HighlightColors::Choice> HighlightColors::choices()
{
    return {
        {QStringLiteral("#dc3228"), tr("Red")},
        {QStringLiteral("#f0961e"), tr("Orange")},
        {QStringLiteral("#e6c828"), tr("Yellow")},
        {QStringLiteral("#3caa46"), tr("Green")},
        {QStringLiteral("#3278dc"), tr("Blue")},
        {QStringLiteral("#9650c8"), tr("Purple")},
    };
}

QString HighlightColors::nameOf(const QString &color)
{
    for (const Choice &c : choices()) {
        if (c.color.compare(color, Qt::CaseInsensitive) == 0)
            return c.name;
    }
    return color;
}

QColor HighlightColors::tint(const QString &color, const QColor &base)
{
    QColor c(color);
    if (!c.isValid())
        c = QColor(choices().first().color);
    return QColor((base.red() * 3 + c.red()) / 4, (base.green() * 3 + c.green()) / 4,
                  (base.blue() * 3 + c.blue()) / 4);
}

FilterRules HighlightColors::defaultRules()
{
    FilterRule overflow;
    overflow.column = FilterRule::Column::EventType;
    overflow.relation = FilterRule::Relation::Is;
    overflow.value = QStringLiteral("overflow");
    overflow.color = QStringLiteral("#dc3228");
    FilterRule deletes;
    deletes.column = FilterRule::Column::EventType;
    deletes.relation = FilterRule::Relation::BeginsWith;
    deletes.value = QStringLiteral("delete"); // delete and delete_self
    deletes.color = QStringLiteral("#f0961e");
    return {overflow, deletes};
}
