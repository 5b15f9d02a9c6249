"""Headless Debian chromium through chromium-driver, for the checkout page test.

In CI (``CI`` set) a missing browser fails the test: .ci/run installs the Debian packages, so
their absence is a broken pipeline. Elsewhere the test is skipped with one clear reason.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest

# This machine's network is closed: without these chromium hangs on lookups of its own.
FLAGS = (
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)
INSTALL_HINT = "apt-get install chromium chromium-driver"


def _in_ci() -> bool:
    return os.environ.get("CI", "").lower() not in {"", "0", "false", "no"}


def _unavailable(reason: str) -> None:
    if _in_ci():
        pytest.fail(f"{reason} ({INSTALL_HINT}; .ci/run installs them)", pytrace=False)
    pytest.skip(f"{reason}: {INSTALL_HINT} to run the browser test")


@contextmanager
def chromium() -> Iterator[Any]:
    """A WebDriver session on a fresh profile; quits the browser afterwards."""
    browser = shutil.which("chromium")
    driver_path = shutil.which("chromedriver")
    if browser is None or driver_path is None:
        _unavailable("Debian's chromium and chromium-driver are not installed")
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        _unavailable("selenium is not installed (it is in the project's dev extras)")
    assert browser is not None and driver_path is not None
    options = webdriver.ChromeOptions()
    options.binary_location = browser
    with tempfile.TemporaryDirectory(prefix="clubcollect-chromium-") as profile:
        for flag in (*FLAGS, f"--user-data-dir={profile}"):
            options.add_argument(flag)
        driver = webdriver.Chrome(service=Service(driver_path), options=options)
        try:
            driver.set_page_load_timeout(30)
            yield driver
        finally:
            driver.quit()
