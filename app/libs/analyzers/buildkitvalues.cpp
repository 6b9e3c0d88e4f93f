#include "analyzers/buildkitvalues.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>
#include <QStringList>

#include <cstring>
#include <limits>

namespace DockPrep {

namespace {

// lupdate files Tr::tr() strings under the context named here (it cannot see through a
// tr() function that forwards to QCoreApplication::translate()).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(DockPrep::BuildKitValues)
};

bool isDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

// strconv.ParseUint(text, base, bits) without the sign: digits only, within the bit size.
bool parseUnsigned(QStringView text, int base, int bits, quint64 *value)
{
    if (text.isEmpty())
        return false;
    quint64 v = 0;
    const quint64 max = bits >= 64 ? std::numeric_limits<quint64>::max() : (quint64(1) << bits) - 1;
    for (const QChar c : text) {
        const int digit = isDigit(c) ? c.unicode() - '0' : -1;
        if (digit < 0 || digit >= base)
            return false;
        if (v > (max - quint64(digit)) / quint64(base))
            return false;
        v = v * quint64(base) + quint64(digit);
    }
    *value = v;
    return true;
}

// time.ParseDuration, in nanoseconds (as a double: only the comparison with 1ms matters).
bool parseGoDuration(QStringView s, double *nanoseconds)
{
    bool negative = false;
    if (!s.isEmpty() && (s.front() == QLatin1Char('-') || s.front() == QLatin1Char('+'))) {
        negative = s.front() == QLatin1Char('-');
        s = s.mid(1);
    }
    if (s == QLatin1String("0")) {
        *nanoseconds = 0;
        return true;
    }
    if (s.isEmpty())
        return false;
    double total = 0;
    while (!s.isEmpty()) {
        if (!isDigit(s.front()) && s.front() != QLatin1Char('.'))
            return false;
        qsizetype i = 0;
        while (i < s.size() && isDigit(s.at(i)))
            ++i;
        const bool pre = i > 0;
        double number = pre ? s.first(i).toDouble() : 0;
        s = s.mid(i);
        bool post = false;
        if (!s.isEmpty() && s.front() == QLatin1Char('.')) {
            s = s.mid(1);
            i = 0;
            while (i < s.size() && isDigit(s.at(i)))
                ++i;
            post = i > 0;
            if (post)
                number += QString(QStringLiteral("0.") + s.first(i)).toDouble();
            s = s.mid(i);
        }
        if (!pre && !post)
            return false;
        i = 0;
        while (i < s.size() && s.at(i) != QLatin1Char('.') && !isDigit(s.at(i)))
            ++i;
        if (i == 0)
            return false;  // a number without a unit
        const QStringView unit = s.first(i);
        s = s.mid(i);
        double scale = 0;
        if (unit == QLatin1String("ns"))
            scale = 1;
        else if (unit == QLatin1String("us") || unit == QStringLiteral("\u00b5s") || unit == QStringLiteral("\u03bcs"))
            scale = 1e3;
        else if (unit == QLatin1String("ms"))
            scale = 1e6;
        else if (unit == QLatin1String("s"))
            scale = 1e9;
        else if (unit == QLatin1String("m"))
            scale = 60e9;
        else if (unit == QLatin1String("h"))
            scale = 3600e9;
        else
            return false;
        total += number * scale;
    }
    if (total > double(std::numeric_limits<qint64>::max()))
        return false;  // Go reports "invalid duration" past about 292 years
    *nanoseconds = negative ? -total : total;
    return true;
}

// parsePortRange: "8080" or "8000-8010", each 0-65535, the end not before the start.
bool isPortRange(QStringView ports)
{
    const qsizetype dash = ports.indexOf(QLatin1Char('-'));
    quint64 start = 0, end = 0;
    if (dash < 0)
        return parseUnsigned(ports, 10, 16, &start);
    if (ports.indexOf(QLatin1Char('-'), dash + 1) >= 0)
        return false;
    return parseUnsigned(ports.first(dash), 10, 16, &start) && parseUnsigned(ports.mid(dash + 1), 10, 16, &end) && end >= start;
}

// go-digest's Digest.Validate for the algorithms it knows; any other algorithm is refused.
QString checkDigest(const QString &digest)
{
    const qsizetype colon = digest.indexOf(QLatin1Char(':'));
    const QString algorithm = digest.left(colon);
    const QString encoded = digest.mid(colon + 1);
    int length = 0;
    if (algorithm == QLatin1String("sha256"))
        length = 64;
    else if (algorithm == QLatin1String("sha384"))
        length = 96;
    else if (algorithm == QLatin1String("sha512"))
        length = 128;
    else
        return Tr::tr("the digest algorithm '%1' is not supported (use sha256)").arg(algorithm);
    static const QRegularExpression lowerHex(QStringLiteral("^[a-f0-9]+$"));
    if (encoded.size() != length || !lowerHex.match(encoded).hasMatch())
        return Tr::tr("a %1 digest is %2 lower-case hexadecimal digits").arg(algorithm).arg(length);
    return {};
}

} // namespace

QString checkHealthcheckDuration(const QString &value)
{
    double ns = 0;
    if (!parseGoDuration(value, &ns))
        return Tr::tr("'%1' is not a duration (write it like 30s, 1m30s or 500ms)").arg(value);
    if (ns != 0 && ns < 1e6)
        return Tr::tr("'%1' is below the 1ms minimum (0 keeps the inherited value)").arg(value);
    return {};
}

QString checkHealthcheckRetries(const QString &value)
{
    QStringView digits(value);
    bool negative = false;
    if (!digits.isEmpty() && (digits.front() == QLatin1Char('+') || digits.front() == QLatin1Char('-'))) {
        negative = digits.front() == QLatin1Char('-');
        digits = digits.mid(1);
    }
    quint64 number = 0;
    const quint64 limit = negative ? quint64(1) << 31 : (quint64(1) << 31) - 1;  // a 32-bit int
    if (!parseUnsigned(digits, 10, 32, &number) || number > limit)
        return Tr::tr("'%1' is not a whole number").arg(value);
    if (negative && number != 0)
        return Tr::tr("--retries cannot be negative");
    return {};
}

// net.ParseIP: four decimal octets without leading zeros, or an IPv6 address without a zone.
static bool isIpAddress(const QString &text)
{
    static const QRegularExpression ipv4(QStringLiteral("^((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)$"));
    if (ipv4.match(text).hasMatch())
        return true;
    if (!text.contains(QLatin1Char(':')) || text.contains(QLatin1Char('%')))
        return false;
    const QHostAddress address(text);
    return address.protocol() == QAbstractSocket::IPv6Protocol;
}

QString checkPortSpec(const QString &spec)
{
    // splitParts: the last ':' field is the container port, the one before it the host port,
    // everything before that the host address (an IPv6 one in brackets).
    const QStringList parts = spec.split(QLatin1Char(':'));
    const QString container = parts.constLast();
    const QString hostPort = parts.size() >= 2 ? parts.at(parts.size() - 2) : QString();
    QString ip = parts.size() >= 3 ? parts.first(parts.size() - 2).join(QLatin1Char(':')) : QString();
    const qsizetype slash = container.indexOf(QLatin1Char('/'));
    const QString port = slash < 0 ? container : container.left(slash);
    const QString protocol = slash < 0 ? QString() : container.mid(slash + 1).toLower();
    if (port.isEmpty())
        return Tr::tr("'%1' names no port").arg(spec);
    if (!protocol.isEmpty() && protocol != QLatin1String("tcp") && protocol != QLatin1String("udp") && protocol != QLatin1String("sctp"))
        return Tr::tr("'%1' is not a protocol (use tcp, udp or sctp)").arg(container.mid(slash + 1));
    if (ip.startsWith(QLatin1Char('[')) && ip.endsWith(QLatin1Char(']')))
        ip = ip.mid(1, ip.size() - 2);
    if (parts.size() >= 3 && !isIpAddress(ip))
        return Tr::tr("'%1' is not an IP address").arg(ip);
    if (!isPortRange(port))
        return Tr::tr("'%1' is not a port or port range (0-65535, e.g. 8080 or 8000-8010)").arg(port);
    if (!hostPort.isEmpty() && !isPortRange(hostPort)) {
        if (isIpAddress(hostPort))
            return Tr::tr("'%1' is read as a host port: EXPOSE takes a container port only (EXPOSE %2), the address belongs to "
                          "docker run -p %1:%2")
                .arg(hostPort, container);
        return Tr::tr("'%1' is not a port or port range (0-65535, e.g. 8080 or 8000-8010)").arg(hostPort);
    }
    // A host range must be as long as a container range (a single container port may take a host range).
    const auto length = [](const QString &range) -> int {
        const qsizetype dash = range.indexOf(QLatin1Char('-'));
        return dash < 0 ? 0 : range.mid(dash + 1).toInt() - range.left(dash).toInt();
    };
    if (!hostPort.isEmpty() && length(port) != 0 && length(port) != length(hostPort))
        return Tr::tr("the host range %1 and the container range %2 differ in length").arg(hostPort, port);
    return {};
}

QString checkImageReference(const QString &image)
{
    static const QRegularExpression identifier(QStringLiteral("^[a-f0-9]{64}$"));
    if (identifier.match(image).hasMatch())
        return Tr::tr("a 64-digit hexadecimal string is an image ID, not a name: FROM needs a name (add @sha256: before it to pin a digest)");
    // splitDockerDomain: the first path element is a registry when it has '.' or ':', is
    // "localhost", or has upper-case letters; otherwise the name is on Docker Hub.
    QString remainder = image;
    const qsizetype slash = image.indexOf(QLatin1Char('/'));
    if (slash >= 0) {
        const QString first = image.left(slash);
        if (first.contains(QLatin1Char('.')) || first.contains(QLatin1Char(':')) || first == QLatin1String("localhost") || first.toLower() != first)
            remainder = image.mid(slash + 1);
    }
    const QString repository = remainder.left(remainder.indexOf(QLatin1Char(':')));
    if (repository.toLower() != repository)
        return Tr::tr("the repository name '%1' must be lower case").arg(repository.section(QLatin1Char('@'), 0, 0));

    // distribution/reference's ReferenceRegexp, written out from its parts.
    static const QRegularExpression reference([]() -> QString {  // a QString: a QStringBuilder would outlive the locals it refers to
        const QString alphanumeric = QStringLiteral("[a-z0-9]+");
        const QString separator = QStringLiteral("(?:[._]|__|[-]+)");
        const QString pathComponent = alphanumeric + QStringLiteral("(?:") + separator + alphanumeric + QStringLiteral(")*");
        const QString domainComponent = QStringLiteral("(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])");
        const QString host = QStringLiteral("(?:") + domainComponent + QStringLiteral("(?:\\.") + domainComponent
            + QStringLiteral(")*|\\[(?:[a-fA-F0-9:]+)\\])");
        const QString name = QStringLiteral("(?:") + host + QStringLiteral("(?::[0-9]+)?/)?") + pathComponent + QStringLiteral("(?:/")
            + pathComponent + QStringLiteral(")*");
        const QString tag = QStringLiteral("[0-9A-Za-z_][0-9A-Za-z_.-]{0,127}");
        const QString digest = QStringLiteral("[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*[:][0-9a-fA-F]{32,}");
        return QStringLiteral("^(") + name + QStringLiteral(")(?::(") + tag + QStringLiteral("))?(?:@(") + digest + QStringLiteral("))?$");
    }());
    const QRegularExpressionMatch m = reference.match(image);
    if (!m.hasMatch()) {
        const qsizetype at = image.indexOf(QLatin1Char('@'));
        if (at >= 0 && reference.match(image.left(at)).hasMatch())
            return Tr::tr("'%1' is not a digest (write @sha256: and 64 hexadecimal digits)").arg(image.mid(at + 1));
        return Tr::tr("'%1' is not a valid image reference (name[:tag][@digest], the name in lower case)").arg(image);
    }
    if (m.captured(1).size() > 255)
        return Tr::tr("the repository name is longer than 255 characters");
    if (!m.captured(3).isEmpty())
        return checkDigest(m.captured(3));
    return {};
}

QString checkChmod(const QString &value)
{
    const QString octalError = Tr::tr("'%1' is not a mode: use octal digits up to 7777 (e.g. 755) or a symbolic mode (e.g. u+x)").arg(value);
    quint64 octal = 0;
    if (parseUnsigned(value, 8, 32, &octal))
        return octal > 07777 ? octalError : QString();
    if (value.isEmpty() || isDigit(value.front()))
        return octalError;
    // dchapes-mode's ParseWithUmask: clauses of [ugoa]* then one or more op+perms, joined by ','.
    qsizetype p = 0;
    const qsizetype n = value.size();
    const auto in = [&value, &p](const char *set) {
        const char16_t c = value.at(p).unicode();
        return c != 0 && c < 128 && std::strchr(set, char(c)) != nullptr;
    };
    for (;;) {
        while (p < n && in("augo"))
            ++p;
        for (;;) {
            if (p >= n || !in("+-="))
                return octalError;
            ++p;
            while (p < n && in("rstwXxugo"))
                ++p;
            if (p >= n)
                return {};
            if (value.at(p) == QLatin1Char(','))
                break;
        }
        ++p;  // the ',' starts the next clause, which must not be empty
        if (p >= n)
            return octalError;
    }
}

QString checkSignal(const QString &value)
{
    bool isNumber = false;
    const int number = value.toInt(&isNumber);
    if (isNumber)
        return number == 0 ? Tr::tr("0 is not a signal") : QString();
    QString name = value.toUpper();
    if (name.startsWith(QLatin1String("SIG")))
        name = name.mid(3);
    static const QStringList names = [] {
        QStringList list = QStringLiteral("ABRT ALRM BUS CHLD CLD CONT FPE HUP ILL INT IO IOT KILL PIPE POLL PROF PWR QUIT SEGV STKFLT "
                                          "STOP SYS TERM TRAP TSTP TTIN TTOU UNUSED URG USR1 USR2 VTALRM WINCH XCPU XFSZ RTMIN RTMAX")
                               .split(QLatin1Char(' '));
        for (int i = 1; i <= 15; ++i)
            list << QStringLiteral("RTMIN+%1").arg(i) << QStringLiteral("RTMAX-%1").arg(i);
        return list;
    }();
    if (!names.contains(name))
        return Tr::tr("'%1' is not a signal name (e.g. SIGTERM, SIGQUIT or a number)").arg(value);
    return {};
}

qsizetype unterminatedQuote(QStringView word, QChar escape)
{
    const qsizetype n = word.size();
    qsizetype i = 0;
    // `${…}` is read as one unit: its default value may hold quotes of its own.
    const auto skipBraces = [&word, n](qsizetype at) {
        const qsizetype close = word.indexOf(QLatin1Char('}'), at);
        return close < 0 ? n : close + 1;
    };
    while (i < n) {
        const QChar c = word.at(i);
        if (c == escape) {
            i += 2;
        } else if (c == QLatin1Char('$') && i + 1 < n && word.at(i + 1) == QLatin1Char('{')) {
            i = skipBraces(i + 2);
        } else if (c == QLatin1Char('\'')) {
            const qsizetype close = word.indexOf(QLatin1Char('\''), i + 1);
            if (close < 0)
                return i;
            i = close + 1;
        } else if (c == QLatin1Char('"')) {
            qsizetype j = i + 1;
            bool closed = false;
            while (j < n) {
                const QChar d = word.at(j);
                if (d == QLatin1Char('"')) {
                    closed = true;
                    break;
                }
                if (d == escape && j + 1 < n
                    && (word.at(j + 1) == QLatin1Char('"') || word.at(j + 1) == QLatin1Char('$') || word.at(j + 1) == escape))
                    j += 2;
                else if (d == QLatin1Char('$') && j + 1 < n && word.at(j + 1) == QLatin1Char('{'))
                    j = skipBraces(j + 2);
                else
                    ++j;
            }
            if (!closed)
                return i;
            i = j + 1;
        } else {
            ++i;
        }
    }
    return -1;
}

} // namespace DockPrep
