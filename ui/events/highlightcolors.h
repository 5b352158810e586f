#pragma once

#include "analysis/filterrule.h"

#include <QColor>
#include <QCoreApplication>
#include <QList>
#include <QString>

// The colours highlight rules can take, the tint a row gets from one, and the default rules.
// Rules store a colour as "#rrggbb" (docs/filter-format.md); the dialog offers a few named ones
// that read well mixed into light and dark themes alike.
class HighlightColors final
{
    Q_DECLARE_TR_FUNCTIONS(HighlightColors)

public:
    struct Choice {
        QString color; // "#rrggbb"
        QString name;  // translated
    };
    static QList<Choice> choices();
    static QString nameOf(const QString &color); // the translated name, or the colour itself

    // A quarter of `color` mixed into `base` (the palette's Base): a light tint on a light
    // theme, a dark one on a dark theme, under the theme's own text colour.
    static QColor tint(const QString &color, const QColor &base);

    // Deletes and overflow markers, on by default; the user can untick them.
    static FilterRules defaultRules();
};
