#pragma once

#include <QByteArray>

// A kubeconfig whose cluster is on a loopback port where nothing listens, so a connection
// attempt fails at once and never leaves the machine. Two contexts; "prod" is the current one.
inline const QByteArray kUnreachableKubeconfig = R"(apiVersion: v1
kind: Config
current-context: prod
clusters:
- name: local
  cluster:
    server: https://127.0.0.1:1
users:
- name: admin
  user:
    token: not-a-real-token
contexts:
- name: dev
  context: {cluster: local, user: admin}
- name: prod
  context: {cluster: local, user: admin, namespace: shop}
)";
