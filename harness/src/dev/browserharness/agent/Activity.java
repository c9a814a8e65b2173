package dev.browserharness.agent;

/**
 * Counts everything that keeps a browser busy (queued tasks, running tasks, timers, pending operations) across
 * all its agents; a page is idle when the count is zero.
 */
public final class Activity {
    private long busy;

    public synchronized void add(int delta) {
        busy += delta;
        if (busy <= 0) notifyAll();
    }

    public synchronized long busy() {
        return busy;
    }

    /** Waits until idle or the deadline (System.nanoTime); returns true when idle. */
    public synchronized boolean awaitIdle(long deadlineNanos) throws InterruptedException {
        while (busy > 0) {
            long left = deadlineNanos - System.nanoTime();
            if (left <= 0) return false;
            wait(Math.max(1, left / 1_000_000), 0);
        }
        return true;
    }

    /** Wakes {@link #awaitIdle} waiters, e.g. when an error ends the page early. */
    public synchronized void poke() {
        notifyAll();
    }
}
