# syntax=docker/dockerfile:1.7
FROM debian:12-slim

RUN <<EOF
set -eu
apt-get update
apt-get install -y --no-install-recommends curl
rm -rf /var/lib/apt/lists/*
EOF

# A tab-stripped body, an interpreter after the opener.
RUN <<-SCRIPT bash
	echo "building in $PWD"
	touch /ready
	SCRIPT

# Two files from one COPY, one of them kept literal by the quoted delimiter.
COPY <<CONFIG <<"TEMPLATE" /etc/app/
port=8080
CONFIG
greeting=${NAME}
TEMPLATE

RUN --mount=type=cache,target=/var/cache/apt <<EOT
echo "heredoc after a mount flag"
EOT

USER nobody
CMD ["cat", "/etc/app/CONFIG"]
