#include "InstallPlan.h"

#include "product/GeneratedSecrets.h"

#include "ReleasePolicy.h"

#include "product/AnswerValidator.h"
#include "product/SchemaValidator.h"
#include "product/ValuesComposer.h"

#include <QCryptographicHash>
#include <QFile>

#include <algorithm>
#include <limits>

namespace Slipway {

namespace {

QString describe(const Issue &issue)
{
    if (!issue.field.isEmpty())
        return QStringLiteral("%1: %2").arg(issue.field, issue.message);
    if (!issue.path.isEmpty())
        return QStringLiteral("%1: %2").arg(issue.path, issue.message);
    return issue.message;
}

} // namespace

Issues InstallPlan::check(const Chart &chart, const ClusterFacts *facts) const
{
    if (!hasAnswers || !chart.descriptor)
        return {};
    const ValuesComposer composer(chart);
    Issues issues = AnswerValidator(composer).validate(answers, facts);
    const Composition composition = composer.compose(answers);
    issues += composition.issues;
    issues += SchemaValidator::validate(composition.full, chart.schemaJson, &*chart.descriptor);
    return issues;
}

Expected<PreparedValues> InstallPlan::prepare(const Chart &chart) const
{
    PreparedValues prepared;
    QStringList errors;
    for (const QString &path : baseValuesFiles) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error(tr("Cannot read the values file: %1").arg(file.errorString()), path);
        prepared.files << file.readAll();
    }
    if (hasAnswers) {
        if (!chart.descriptor)
            return Error(tr("The chart %1 has no installer.yaml, so it takes --values, not "
                            "--answers.")
                             .arg(chart.name));
        const ValuesComposer composer(chart);
        const Composition composition = composer.compose(answers);
        for (const Issue &issue : check(chart)) {
            if (issue.severity == Issue::Severity::Error)
                errors << describe(issue);
            else
                prepared.warnings << issue;
        }
        prepared.publicYaml = composition.valuesYaml(SecretHandling::SeparateFile);
        prepared.files << prepared.publicYaml;
        if (!composition.secretPaths.isEmpty())
            prepared.files << composition.secretsYaml();
    }
    for (const QString &path : valuesFiles) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error(tr("Cannot read the values file: %1").arg(file.errorString()), path);
        prepared.files << file.readAll();
    }
    if (!errors.isEmpty()) {
        errors.removeDuplicates();
        return Error(tr("The answers are not valid:") + QLatin1String("\n  ")
                     + errors.join(QLatin1String("\n  ")));
    }
    prepared.sha256 = fingerprint(prepared.files, setValues);
    return prepared;
}

QByteArray InstallPlan::fingerprint(const QList<QByteArray> &files, const QStringList &setValues)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QByteArray &file : files) {
        hash.addData(file);
        hash.addData(QByteArrayView("\0", 1));
    }
    for (const QString &set : setValues)
        hash.addData(set.toUtf8());
    return hash.result().toHex();
}

HelmRequest InstallPlan::helmRequest(const Chart &chart, const PreparedValues &values) const
{
    HelmRequest request;
    request.action = HelmRequest::Action::UpgradeInstall;
    request.kubeconfig = kubeconfig;
    request.context = context;
    const Descriptor *descriptor = chart.descriptor ? &*chart.descriptor : nullptr;
    request.nameSpace = ReleasePolicy::nameSpace(nameSpace, descriptor, QString());
    request.release = ReleasePolicy::releaseName(release, &chart);
    request.chart = chartPath;
    request.valuesFiles = values.files;
    request.setValues = setValues;
    request.wait = true;
    request.rollbackOnFailure = true;
    request.createNamespace = !chart.descriptor || chart.descriptor->createNamespace;
    request.timeoutSeconds = ReleasePolicy::timeoutSeconds(timeoutSeconds, descriptor);
    return request;
}

HelmRequest InstallPlan::upgradeRequest(const Chart &chart, const PreparedValues &values) const
{
    HelmRequest request = helmRequest(chart, values);
    request.install = !upgrade;
    request.storage = storage;
    request.reuseValues = upgrade && !hasAnswers;
    return request;
}

bool InstallPlan::leavesGeneratedSecretEmpty(const Chart &chart) const
{
    if (!chart.descriptor)
        return false;
    for (const Field &field : chart.descriptor->fields) {
        if (field.generateLength > 0 && answers.fields.value(field.id).toString().isEmpty())
            return true;
    }
    return false;
}

void InstallPlan::keepGeneratedSecrets(const Chart &chart, const QJsonObject &deployedUserValues)
{
    if (!chart.descriptor)
        return;
    const ValuesComposer composer(chart);
    answers = GeneratedSecrets::keepDeployed(composer, answers,
                                             ValueTree::fromVariant(deployedUserValues.toVariantMap()));
}

} // namespace Slipway
