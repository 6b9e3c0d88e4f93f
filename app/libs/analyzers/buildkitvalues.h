#pragma once

#include <QString>
#include <QStringView>

namespace DockPrep {

// The value grammars BuildKit enforces on Dockerfile arguments and flags, each checked the way
// BuildKit's own code checks it (the function comments name the Go function they follow). Every
// check returns an empty string when the value is accepted, or a short reason for the user.
// None of them expands variables: callers skip values that still hold a `$`.

// The error rules: things BuildKit refuses, at parse time or when the stage is built. The parser
// tags its diagnostics with these ids (DockerfileDiagnostic::rule).
namespace BuildKitRule {
inline constexpr char UnknownFlag[] = "DP101";       // BFlags.Parse: "Unknown flag"
inline constexpr char DuplicateFlag[] = "DP102";     // BFlags.Parse: "Duplicate flag specified"
inline constexpr char FlagValue[] = "DP103";         // a boolean that is not true/false, a value missing
inline constexpr char HealthcheckValue[] = "DP104";  // parseOptInterval, --retries
inline constexpr char ExposePort[] = "DP105";        // parsePortSpec: port or protocol
inline constexpr char UnterminatedQuote[] = "DP106"; // shell.Lex: "unexpected end of statement"
inline constexpr char StopSignal[] = "DP107";        // signal.ParseSignal
inline constexpr char ImageReference[] = "DP108";    // reference.ParseNormalizedNamed
inline constexpr char MountType[] = "DP109";         // parseMount: "unsupported mount type"
inline constexpr char Chmod[] = "DP110";             // dispatchCopy: "invalid chmod parameter"
inline constexpr char SelfReference[] = "DP111";     // "circular dependency detected on stage"
} // namespace BuildKitRule

// HEALTHCHECK --interval/--timeout/--start-period/--start-interval (instructions.parseOptInterval):
// a Go duration (time.ParseDuration: "30s", "1m30s", "1.5h", "0"); 0 means "inherit", anything
// else must be at least 1ms.
QString checkHealthcheckDuration(const QString &value);

// HEALTHCHECK --retries: strconv.ParseInt(value, 10, 32), not negative.
QString checkHealthcheckRetries(const QString &value);

// One EXPOSE word (dockerfile2llb.parsePortSpec): [[ip:]hostPort:]port[-end][/tcp|udp|sctp],
// ports 0-65535, a range ending at or after its start.
QString checkPortSpec(const QString &spec);

// A FROM image after ARG expansion (distribution/reference.ParseNormalizedNamed): a lower-case
// repository path, an optional tag, an optional digest that go-digest accepts.
QString checkImageReference(const QString &image);

// COPY/ADD --chmod (dockerfile2llb.dispatchCopy): octal up to 07777, or a symbolic chmod(1) mode
// ("u+x", "go-w", "u=rwx,go=rx") as tonistiigi/dchapes-mode parses it.
QString checkChmod(const QString &value);

// STOPSIGNAL (moby/sys/signal.ParseSignal with the Linux table): a non-zero number or a signal
// name with or without "SIG".
QString checkSignal(const QString &value);

// Where BuildKit's word expansion (shell.Lex.ProcessWord) would hit the end of the word inside a
// quote: the offset of the opening quote, or -1. `escape` is the file's escape character.
qsizetype unterminatedQuote(QStringView word, QChar escape);

} // namespace DockPrep
