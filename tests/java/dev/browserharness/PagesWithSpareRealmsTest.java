package dev.browserharness;

/**
 * Every page of tests/pages again, in a browser that keeps realms built ahead (agent/SpareRealms), as the daemon's
 * does: each window and nearly every dedicated worker then takes a realm built before it existed, and must print
 * the same as one that built its own.
 */
class PagesWithSpareRealmsTest extends PagesTest {
    @Override
    Browser.Builder browserOptions() {
        return Browser.builder().spareRealms(true);
    }
}
