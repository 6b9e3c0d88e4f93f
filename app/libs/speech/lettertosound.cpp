#include "speech/lettertosound.h"

#include <QHash>
#include <QMutex>
#include <QStringList>

extern "C" {
#include <flite/flite.h>
// Declared in flite's lang/cmulex/cmu_lex.h, which Debian's flite1-dev does not install.
cst_lexicon *cmu_lex_init(void);
}

namespace DockPrep {

namespace {

// flite's CMU phones (stress marked with digits) to the recogniser's (CMUdict's, no stress).
QStringList sphinxPhones(const QString &flitePhone)
{
    QString phone = flitePhone;
    phone.remove(QChar(u'0')).remove(QChar(u'1')).remove(QChar(u'2'));
    static const QHash<QString, QStringList> renamed{
        {QStringLiteral("ax"), {QStringLiteral("AH")}},          {QStringLiteral("axr"), {QStringLiteral("ER")}},
        {QStringLiteral("ix"), {QStringLiteral("IH")}},          {QStringLiteral("nx"), {QStringLiteral("N")}},
        {QStringLiteral("wh"), {QStringLiteral("W")}},           {QStringLiteral("el"), {QStringLiteral("AH"), QStringLiteral("L")}},
        {QStringLiteral("em"), {QStringLiteral("AH"), QStringLiteral("M")}}, {QStringLiteral("en"), {QStringLiteral("AH"), QStringLiteral("N")}},
        {QStringLiteral("pau"), {}},
    };
    if (const auto it = renamed.constFind(phone); it != renamed.cend())
        return *it;
    return {phone.toUpper()};
}

} // namespace

QString pronunciationOf(const QString &word)
{
    if (word.isEmpty() || word.size() > 40)
        return {};
    for (QChar c : word) {
        if (c < u'a' || c > u'z')
            return {};
    }
    // flite keeps one lexicon for the process and its lookup is not thread-safe.
    static QMutex lock;
    const QMutexLocker locked(&lock);
    static cst_lexicon *const lexicon = cmu_lex_init();
    cst_val *phones = lex_lookup(lexicon, word.toLatin1().constData(), nullptr, nullptr);
    QStringList out;
    for (const cst_val *p = phones; p; p = val_cdr(p))
        out += sphinxPhones(QString::fromLatin1(val_string(val_car(p))));
    delete_val(phones);
    return out.join(u' ');
}

} // namespace DockPrep
