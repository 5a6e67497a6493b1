#include "AuthChallenge.h"

namespace Slipway {

AuthChallenge AuthChallenge::parse(const QByteArray &header)
{
    AuthChallenge challenge;
    const QByteArray text = header.trimmed();
    const qsizetype space = text.indexOf(' ');
    challenge.scheme = QString::fromLatin1(space < 0 ? text : text.left(space)).toLower();
    if (space < 0)
        return challenge;
    // key=value or key="quoted, value" pairs separated by commas; a quoted value may hold commas.
    qsizetype i = space + 1;
    while (i < text.size()) {
        while (i < text.size() && (text[i] == ' ' || text[i] == ','))
            ++i;
        const qsizetype eq = text.indexOf('=', i);
        if (eq < 0)
            break;
        const QByteArray key = text.mid(i, eq - i).trimmed().toLower();
        QByteArray value;
        i = eq + 1;
        if (i < text.size() && text[i] == '"') {
            ++i;
            while (i < text.size() && text[i] != '"') {
                if (text[i] == '\\' && i + 1 < text.size())
                    ++i;
                value += text[i++];
            }
            ++i;
        } else {
            const qsizetype comma = text.indexOf(',', i);
            value = text.mid(i, comma < 0 ? -1 : comma - i).trimmed();
            i = comma < 0 ? text.size() : comma;
        }
        const QString v = QString::fromUtf8(value);
        if (key == "realm")
            challenge.realm = v;
        else if (key == "service")
            challenge.service = v;
        else if (key == "scope")
            challenge.scope = v;
    }
    return challenge;
}

} // namespace Slipway
