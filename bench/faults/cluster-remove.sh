#!/usr/bin/env bash
# Stops and removes the throwaway cluster of the fault checks (/tmp/constellation-faults-pg).
set -euo pipefail
cd "$(dirname "$0")/../.."
source bench/faults/cluster.sh
cluster_destroy
echo "removed $cluster_dir"
