#pragma once

#include <QString>
#include <QStringList>

namespace DockPrep {

// What the user typed into a search field, read once into what the search needs: an FTS5 query
// that cannot be a syntax error, the literal spellings FTS5 cannot see, and a hint when the text
// was not read the way it looks.
//
// FTS5's unicode61 tokenizer keeps only letters, digits (and private-use characters) in tokens;
// everything else separates them. "C++" and "C#" are the token "c", ".NET" is "net",
// "docker-compose" is the two tokens "docker" "compose", and a quoted string is a phrase of its
// tokens. So FTS5 alone finds "C++" in every "sh -c" and "docker-compose" in every
// "docker compose". The symbols are therefore kept as literals checked against the text:
//  - a word with a symbol at its edge ("C++", "C#", ".NET", "-d", "$HOME") means the symbol:
//    the text must contain it as typed (case-insensitive) as a whole word (".NET" is not in
//    ".network", "C++" is not in "abc++"), or it is not a match; it is never a prefix;
//  - a word with symbols only inside ("docker-compose", "apt-get", "compose.yaml") also means
//    its parts in other spellings, so those still match, after the ones spelled as typed.
struct SearchQuery {
    enum class Hint {
        None,
        UnclosedQuote,         // an odd " was dropped; the words around it are searched
        UnclosedQuoteNoWords,  // only a " (and punctuation) was typed
        OperatorsAreWords,     // AND, OR, NOT, NEAR( are searched as the words they are
        NothingToSearch,       // only punctuation, symbols or emoji, none of them indexed
    };

    static constexpr int maxTokens = 32;
    static constexpr int maxInputLength = 1000;  // characters read from the user's text

    QString match;                  // the FTS5 MATCH expression; empty when there is nothing to look for
    QStringList requiredLiterals;   // lower-case (ASCII); the text must contain every one, as a word
    QStringList preferredLiterals;  // lower-case (ASCII); texts containing all of them rank first
    Hint hint = Hint::None;

    // Every token is quoted (so AND, NEAR(, col: and "-" are plain words); text between two
    // quotes is one phrase; the last word is a prefix for search-as-you-type once it has two
    // letters or digits. One letter is never a prefix, which would cost a scan of the whole
    // index: alone ("c") it is a whole word, and a single character typed after other words
    // waits for the next keystroke.
    static SearchQuery parse(const QString &text);
    // The hint as a sentence for the user, translated; empty for Hint::None.
    static QString hintText(Hint hint);
    // ASCII-only lower case: what SQLite's lower() does to the text the literals are looked for in.
    static QString asciiLower(const QString &text);
};

} // namespace DockPrep
