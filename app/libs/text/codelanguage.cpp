#include "text/codelanguage.h"

#include <array>
#include <utility>

namespace DockPrep {

namespace {
struct LanguageInfo {
    const char16_t *id;
    const char16_t *definition;
};
constexpr std::array languages = {
    LanguageInfo{u"dockerfile", u"Dockerfile"}, LanguageInfo{u"yaml", u"YAML"},
    LanguageInfo{u"bash", u"Bash"},             LanguageInfo{u"json", u"JSON"},
    LanguageInfo{u"text", u""},                 LanguageInfo{u"go", u"Go"},
    LanguageInfo{u"python", u"Python"},         LanguageInfo{u"javascript", u"JavaScript"},
    LanguageInfo{u"ini", u"INI Files"},
};
constexpr std::array<std::pair<const char16_t *, const char16_t *>, 6> aliases = {{
    {u"sh", u"bash"}, {u"shell", u"bash"}, {u"console", u"bash"},
    {u"yml", u"yaml"}, {u"docker", u"dockerfile"}, {u"js", u"javascript"},
}};
} // namespace

QString canonicalCodeLanguage(QStringView fenceInfo)
{
    const QString word = fenceInfo.trimmed().toString().toLower();
    for (const auto &[alias, target] : aliases) {
        if (word == QStringView(alias))
            return QString::fromUtf16(target);
    }
    for (const LanguageInfo &language : languages) {
        if (word == QStringView(language.id))
            return word;
    }
    return {};
}

QString syntaxDefinitionName(QStringView canonicalLanguage)
{
    for (const LanguageInfo &language : languages) {
        if (canonicalLanguage == QStringView(language.id))
            return QString::fromUtf16(language.definition);
    }
    return {};
}

} // namespace DockPrep
