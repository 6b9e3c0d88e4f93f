#include "text/markdownentities.h"

#include <QString>

#include <algorithm>
#include <iterator>
#include <utility>

namespace DockPrep {

QByteArray decodeHtmlEntity(std::string_view entity)
{
    if (entity.size() < 3 || entity.front() != '&' || entity.back() != ';')
        return {};
    const std::string_view name = entity.substr(1, entity.size() - 2);
    if (name.front() == '#') {
        const bool hex = name.size() > 1 && (name[1] == 'x' || name[1] == 'X');
        const std::string_view digits = name.substr(hex ? 2 : 1);
        bool ok = false;
        const uint number = QByteArray(digits.data(), qsizetype(digits.size())).toUInt(&ok, hex ? 16 : 10);
        const bool character = ok && number > 0 && number <= 0x10FFFF && (number < 0xD800 || number > 0xDFFF);
        const char32_t codepoint = character ? char32_t(number) : U'\uFFFD';
        return QString::fromUcs4(&codepoint, 1).toUtf8();
    }
    static constexpr std::pair<std::string_view, std::string_view> named[] = {
        {"amp", "&"},           {"lt", "<"},            {"gt", ">"},            {"quot", "\""},         {"apos", "'"},
        {"nbsp", "\u00A0"},     {"shy", "\u00AD"},      {"copy", "\u00A9"},     {"reg", "\u00AE"},      {"trade", "\u2122"},
        {"hellip", "\u2026"},   {"mdash", "\u2014"},    {"ndash", "\u2013"},    {"laquo", "\u00AB"},    {"raquo", "\u00BB"},
        {"lsquo", "\u2018"},    {"rsquo", "\u2019"},    {"ldquo", "\u201C"},    {"rdquo", "\u201D"},    {"bull", "\u2022"},
        {"middot", "\u00B7"},   {"times", "\u00D7"},    {"divide", "\u00F7"},   {"deg", "\u00B0"},      {"plusmn", "\u00B1"},
        {"le", "\u2264"},       {"ge", "\u2265"},       {"ne", "\u2260"},       {"larr", "\u2190"},     {"rarr", "\u2192"},
        {"uarr", "\u2191"},     {"darr", "\u2193"},     {"harr", "\u2194"},     {"rArr", "\u21D2"},     {"lArr", "\u21D0"},
        {"euro", "\u20AC"},     {"pound", "\u00A3"},    {"sect", "\u00A7"},     {"para", "\u00B6"},     {"check", "\u2713"},
    };
    const auto known = std::find_if(std::begin(named), std::end(named), [name](const auto &pair) { return pair.first == name; });
    if (known == std::end(named))
        return {};
    return QByteArray(known->second.data(), qsizetype(known->second.size()));
}

} // namespace DockPrep
