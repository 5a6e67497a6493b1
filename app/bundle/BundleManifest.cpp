#include "BundleManifest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace Slipway {

namespace {

const QString kManifestFile = QStringLiteral("manifest.json");

// One JSON object read key by key; every key taken is remembered so that what is left over
// can be refused by name.
class StrictObject
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::BundleManifest)

public:
    StrictObject(QJsonObject object, QString where)
        : m_object(std::move(object))
        , m_where(std::move(where))
    { }

    Expected<QJsonValue> take(const QString &key, QJsonValue::Type type)
    {
        m_taken.insert(key);
        const QString name = m_where.isEmpty() ? key : m_where + QLatin1Char('.') + key;
        if (!m_object.contains(key))
            return Error(tr("“%1” is missing").arg(name), kManifestFile);
        const QJsonValue value = m_object.value(key);
        if (value.type() != type)
            return Error(tr("“%1” must be %2").arg(name, typeName(type)), kManifestFile);
        return value;
    }
    Expected<QString> string(const QString &key, bool allowEmpty = false)
    {
        auto value = take(key, QJsonValue::String);
        if (!value)
            return value.error();
        if (!allowEmpty && value->toString().isEmpty())
            return Error(tr("“%1” must not be empty").arg(qualified(key)), kManifestFile);
        return value->toString();
    }
    QString qualified(const QString &key) const
    {
        return m_where.isEmpty() ? key : m_where + QLatin1Char('.') + key;
    }
    // The first key nobody took, refused.
    Expected<void> noOthers() const
    {
        for (auto it = m_object.begin(); it != m_object.end(); ++it) {
            if (!m_taken.contains(it.key()))
                return Error(tr("unknown key “%1”").arg(qualified(it.key())), kManifestFile,
                             0, 0, tr("the bundle was written by a newer Slipway, or edited"));
        }
        return {};
    }

private:
    static QString typeName(QJsonValue::Type type)
    {
        switch (type) {
        case QJsonValue::Bool:
            return tr("true or false");
        case QJsonValue::Double:
            return tr("a number");
        case QJsonValue::String:
            return tr("a string");
        case QJsonValue::Array:
            return tr("a list");
        case QJsonValue::Object:
            return tr("an object");
        default:
            return tr("a value");
        }
    }

    QJsonObject m_object;
    QString m_where;
    QSet<QString> m_taken;
};

// Sizes are written as JSON numbers; a double holds every integer up to 2^53 exactly.
Expected<qint64> sizeOf(const QJsonValue &value, const QString &name)
{
    const double number = value.toDouble();
    if (number < 0 || number > 9007199254740992.0 || number != double(qint64(number)))
        return Error(BundleManifest::tr("“%1” must be a whole number of bytes").arg(name), kManifestFile);
    return qint64(number);
}

} // namespace

bool BundleManifest::isSafePath(const QString &path)
{
    if (path.isEmpty() || path.startsWith(QLatin1Char('/')) || path.contains(QLatin1Char('\\')))
        return false;
    for (const QChar c : path) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return false;
    }
    // "C:" would be a drive on Windows; nothing Slipway writes has a colon.
    if (path.contains(QLatin1Char(':')))
        return false;
    for (const QString &segment : path.split(QLatin1Char('/'))) {
        if (segment.isEmpty() || segment == QLatin1String(".") || segment == QLatin1String(".."))
            return false;
    }
    return true;
}

bool BundleManifest::isSha256(const QString &digest)
{
    static const QRegularExpression pattern(QStringLiteral("^sha256:[0-9a-f]{64}$"));
    return pattern.match(digest).hasMatch();
}

const BundleManifest::File *BundleManifest::file(const QString &path) const
{
    for (const File &f : files) {
        if (f.path == path)
            return &f;
    }
    return nullptr;
}

QString BundleManifest::fileName() const
{
    return product + QLatin1Char('-') + chartVersion + QStringLiteral(".slipway.zip");
}

QByteArray BundleManifest::toJson() const
{
    QJsonArray fileList;
    for (const File &f : files)
        fileList.append(QJsonObject { { QStringLiteral("path"), f.path },
                                      { QStringLiteral("size"), double(f.size) },
                                      { QStringLiteral("sha256"), f.sha256 } });
    QJsonArray imageList;
    for (const Image &image : images)
        imageList.append(QJsonObject { { QStringLiteral("reference"), image.reference },
                                       { QStringLiteral("digest"), image.digest },
                                       { QStringLiteral("platforms"), QJsonArray::fromStringList(image.platforms) } });
    const QJsonObject chart { { QStringLiteral("name"), chartName }, { QStringLiteral("version"), chartVersion } };
    const QJsonObject root { { QStringLiteral("formatVersion"), formatVersion },
                             { QStringLiteral("product"), product },
                             { QStringLiteral("chart"), chart },
                             { QStringLiteral("appVersion"), appVersion },
                             { QStringLiteral("created"), created.toUTC().toString(Qt::ISODate) },
                             { QStringLiteral("slipwayVersion"), slipwayVersion },
                             { QStringLiteral("helmVersion"), helmVersion },
                             { QStringLiteral("files"), fileList },
                             { QStringLiteral("images"), imageList },
                             { QStringLiteral("containsSecrets"), containsSecrets } };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Expected<BundleManifest> BundleManifest::parse(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error(tr("not valid JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString()),
                     kManifestFile);
    if (!document.isObject())
        return Error(tr("must be a JSON object"), kManifestFile);
    StrictObject root(document.object(), QString());
    BundleManifest m;

    auto version = root.take(QStringLiteral("formatVersion"), QJsonValue::Double);
    if (!version)
        return version.error();
    m.formatVersion = version->toInt(-1);
    if (m.formatVersion != kFormatVersion)
        return Error(tr("format version %1 is not one this Slipway reads (%2)")
                         .arg(version->toDouble()).arg(kFormatVersion),
                     kManifestFile, 0, 0, tr("import it with the Slipway version that wrote it, or a newer one"));

    const auto readString = [&root](const QString &key, QString *out, bool allowEmpty) -> Expected<void> {
        auto value = root.string(key, allowEmpty);
        if (!value)
            return value.error();
        *out = *value;
        return {};
    };
    for (const auto &[key, out, allowEmpty] :
         { std::tuple { QStringLiteral("product"), &m.product, false },
           std::tuple { QStringLiteral("appVersion"), &m.appVersion, true },
           std::tuple { QStringLiteral("slipwayVersion"), &m.slipwayVersion, false },
           std::tuple { QStringLiteral("helmVersion"), &m.helmVersion, true } }) {
        if (auto read = readString(key, out, allowEmpty); !read)
            return read.error();
    }
    QString created;
    if (auto read = readString(QStringLiteral("created"), &created, false); !read)
        return read.error();
    m.created = QDateTime::fromString(created, Qt::ISODate);
    if (!m.created.isValid() || m.created.timeSpec() != Qt::UTC)
        return Error(tr("“created” must be a UTC time such as 2026-01-31T12:00:00Z, not “%1”").arg(created),
                     kManifestFile);

    auto chartValue = root.take(QStringLiteral("chart"), QJsonValue::Object);
    if (!chartValue)
        return chartValue.error();
    StrictObject chart(chartValue->toObject(), QStringLiteral("chart"));
    auto chartName = chart.string(QStringLiteral("name"));
    if (!chartName)
        return chartName.error();
    auto chartVersion = chart.string(QStringLiteral("version"));
    if (!chartVersion)
        return chartVersion.error();
    if (auto rest = chart.noOthers(); !rest)
        return rest.error();
    m.chartName = *chartName;
    m.chartVersion = *chartVersion;

    auto secrets = root.take(QStringLiteral("containsSecrets"), QJsonValue::Bool);
    if (!secrets)
        return secrets.error();
    m.containsSecrets = secrets->toBool();

    auto fileList = root.take(QStringLiteral("files"), QJsonValue::Array);
    if (!fileList)
        return fileList.error();
    QSet<QString> seen;
    const QJsonArray filesArray = fileList->toArray();
    for (qsizetype i = 0; i < filesArray.size(); ++i) {
        const QString where = QStringLiteral("files[%1]").arg(i);
        if (!filesArray.at(i).isObject())
            return Error(tr("“%1” must be an object").arg(where), kManifestFile);
        StrictObject entry(filesArray.at(i).toObject(), where);
        File f;
        auto path = entry.string(QStringLiteral("path"));
        if (!path)
            return path.error();
        if (!isSafePath(*path))
            return Error(tr("“%1.path” is not a safe relative path: “%2”").arg(where, *path), kManifestFile);
        if (seen.contains(*path))
            return Error(tr("“%1.path” lists “%2” twice").arg(where, *path), kManifestFile);
        seen.insert(*path);
        f.path = *path;
        auto size = entry.take(QStringLiteral("size"), QJsonValue::Double);
        if (!size)
            return size.error();
        auto bytes = sizeOf(*size, where + QStringLiteral(".size"));
        if (!bytes)
            return bytes.error();
        f.size = *bytes;
        auto sha = entry.string(QStringLiteral("sha256"));
        if (!sha)
            return sha.error();
        if (!isSha256(*sha))
            return Error(tr("“%1.sha256” must be sha256: and 64 lowercase hex digits").arg(where), kManifestFile);
        f.sha256 = *sha;
        if (auto rest = entry.noOthers(); !rest)
            return rest.error();
        m.files.append(f);
    }

    auto imageList = root.take(QStringLiteral("images"), QJsonValue::Array);
    if (!imageList)
        return imageList.error();
    const QJsonArray imagesArray = imageList->toArray();
    for (qsizetype i = 0; i < imagesArray.size(); ++i) {
        const QString where = QStringLiteral("images[%1]").arg(i);
        if (!imagesArray.at(i).isObject())
            return Error(tr("“%1” must be an object").arg(where), kManifestFile);
        StrictObject entry(imagesArray.at(i).toObject(), where);
        Image image;
        auto reference = entry.string(QStringLiteral("reference"));
        if (!reference)
            return reference.error();
        image.reference = *reference;
        auto digest = entry.string(QStringLiteral("digest"));
        if (!digest)
            return digest.error();
        if (!isSha256(*digest))
            return Error(tr("“%1.digest” must be sha256: and 64 lowercase hex digits").arg(where), kManifestFile);
        image.digest = *digest;
        auto platforms = entry.take(QStringLiteral("platforms"), QJsonValue::Array);
        if (!platforms)
            return platforms.error();
        for (const QJsonValue &platform : platforms->toArray()) {
            if (!platform.isString() || platform.toString().isEmpty())
                return Error(tr("“%1.platforms” must be a list of strings such as linux/amd64").arg(where),
                             kManifestFile);
            image.platforms.append(platform.toString());
        }
        if (auto rest = entry.noOthers(); !rest)
            return rest.error();
        m.images.append(image);
    }
    if (auto rest = root.noOthers(); !rest)
        return rest.error();
    return m;
}

} // namespace Slipway
