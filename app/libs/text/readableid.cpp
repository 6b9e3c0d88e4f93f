#include "text/readableid.h"

namespace DockPrep {

QString idAsWords(const QString &id)
{
    QString words = id;
    words.replace(QLatin1Char('-'), QLatin1Char(' ')).replace(QLatin1Char('_'), QLatin1Char(' '));
    words = words.simplified();
    if (!words.isEmpty())
        words[0] = words[0].toUpper();
    return words;
}

} // namespace DockPrep
