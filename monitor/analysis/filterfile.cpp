#include "analysis/filterfile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace {

const QLatin1String kMagic("fsnoop_filter");

QJsonObject ruleToJson(const FilterRule &r)
{
    QJsonObject o;
    o.insert(QStringLiteral("column"), FilterRule::columnKey(r.column));
    o.insert(QStringLiteral("relation"), FilterRule::relationKey(r.relation));
    o.insert(QStringLiteral("value"), r.value);
    o.insert(QStringLiteral("action"), FilterRule::actionKey(r.action));
    o.insert(QStringLiteral("enabled"), r.enabled);
    if (!r.color.isEmpty())
        o.insert(QStringLiteral("color"), r.color);
    return o;
}

bool ruleFromJson(const QJsonValue &v, FilterRule *r, QString *bad)
{
    if (!v.isObject()) {
        *bad = QStringLiteral("not an object");
        return false;
    }
    const QJsonObject o = v.toObject();
    const QString column = o.value(QStringLiteral("column")).toString();
    const QString relation = o.value(QStringLiteral("relation")).toString();
    const QString action = o.value(QStringLiteral("action")).toString(QStringLiteral("include"));
    if (!FilterRule::columnFromKey(column, &r->column)) {
        *bad = QStringLiteral("column \"%1\"").arg(column);
        return false;
    }
    if (!FilterRule::relationFromKey(relation, &r->relation)) {
        *bad = QStringLiteral("relation \"%1\"").arg(relation);
        return false;
    }
    if (!FilterRule::actionFromKey(action, &r->action)) {
        *bad = QStringLiteral("action \"%1\"").arg(action);
        return false;
    }
    const QJsonValue value = o.value(QStringLiteral("value"));
    if (!value.isString() && !value.isDouble()) {
        *bad = QStringLiteral("value");
        return false;
    }
    // A number is accepted for convenience ("value": 4242 for a pid).
    r->value = value.isString() ? value.toString() : QString::number(value.toInteger());
    r->enabled = o.value(QStringLiteral("enabled")).toBool(true);
    r->color = o.value(QStringLiteral("color")).toString();
    return true;
}

} // namespace

QByteArray FilterFile::toJson(const QList<NamedRuleSet> &sets)
{
    QJsonArray array;
    for (const NamedRuleSet &set : sets) {
        QJsonArray rules;
        for (const FilterRule &r : set.rules)
            rules.append(ruleToJson(r));
        QJsonObject o;
        o.insert(QStringLiteral("name"), set.name);
        o.insert(QStringLiteral("rules"), rules);
        array.append(o);
    }
    QJsonObject root;
    root.insert(kMagic, kVersion);
    root.insert(QStringLiteral("sets"), array);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool FilterFile::fromJson(const QByteArray &json, QList<NamedRuleSet> *sets, Error *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull()) {
        *error = {Error::NotJson,
                  QStringLiteral("%1 (at offset %2)").arg(parseError.errorString()).arg(parseError.offset)};
        return false;
    }
    const QJsonObject root = doc.object();
    if (!doc.isObject() || !root.value(kMagic).isDouble() || !root.value(QStringLiteral("sets")).isArray()) {
        *error = {Error::NotAFilterFile, {}};
        return false;
    }
    const int version = root.value(kMagic).toInt();
    if (version > kVersion) {
        *error = {Error::NewerVersion, QString::number(version)};
        return false;
    }
    QList<NamedRuleSet> out;
    const QJsonArray array = root.value(QStringLiteral("sets")).toArray();
    for (int s = 0; s < array.size(); ++s) {
        const QJsonObject o = array.at(s).toObject();
        NamedRuleSet set;
        set.name = o.value(QStringLiteral("name")).toString();
        const QJsonArray rules = o.value(QStringLiteral("rules")).toArray();
        for (int r = 0; r < rules.size(); ++r) {
            FilterRule rule;
            QString bad;
            if (!ruleFromJson(rules.at(r), &rule, &bad)) {
                *error = {Error::BadRule, bad, s, r};
                return false;
            }
            set.rules.append(rule);
        }
        out.append(set);
    }
    *sets = std::move(out);
    return true;
}

bool FilterFile::load(const QString &fileName, QList<NamedRuleSet> *sets, Error *error)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = {Error::CannotOpen, file.errorString()};
        return false;
    }
    // A filter file is a few KiB; anything past 16 MiB is not one.
    return fromJson(file.read(16 << 20), sets, error);
}

bool FilterFile::save(const QString &fileName, const QList<NamedRuleSet> &sets, Error *error)
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(toJson(sets)) < 0 || !file.commit()) {
        *error = {Error::CannotWrite, file.errorString()};
        return false;
    }
    return true;
}
