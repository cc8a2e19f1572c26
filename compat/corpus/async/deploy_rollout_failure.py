# Staged deployment rollout that aborts with an uncaught error when a canary fails health checks
import asyncio


class HealthCheckError(RuntimeError):
    pass


HOSTS = {
    "canary": ["web-01"],
    "wave-1": ["web-02", "web-03"],
    "wave-2": ["web-04", "web-05", "web-06"],
}
UNHEALTHY = {"web-03"}


async def deploy(host: str, version: str) -> str:
    await asyncio.sleep(0.002)
    return f"{host} now on {version}"


async def health_check(host: str) -> None:
    await asyncio.sleep(0.001)
    if host in UNHEALTHY:
        raise HealthCheckError(f"{host} returned HTTP 500 on /healthz")


async def rollout(version: str) -> None:
    for stage, hosts in HOSTS.items():
        print(f"== stage {stage}: {', '.join(hosts)}")
        for line in await asyncio.gather(*(deploy(h, version) for h in hosts)):
            print("  ", line)
        await asyncio.gather(*(health_check(h) for h in hosts))
        print(f"   stage {stage} healthy")
    print("rollout complete")


async def main() -> None:
    try:
        await rollout("v2.4.1")
    finally:
        print("notifying #deployments channel")


if __name__ == "__main__":
    asyncio.run(main())
