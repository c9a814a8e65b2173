package dev.browserharness.agent;

/**
 * Counts everything that keeps a browser busy (queued tasks, running tasks, timers, pending operations) across
 * all its agents; a page is idle when the count is zero.
 */
public final class Activity {
    private long busy;
    /** Activities that count this one's work as theirs (the pages a shared worker serves). */
    private final java.util.List<Activity> followers = new java.util.ArrayList<>();

    public synchronized void add(int delta) {
        busy += delta;
        for (Activity f : followers) f.add(delta); // lock order: followed -> follower, never the reverse
        if (busy <= 0) notifyAll();
    }

    /** From now on {@code follower} is busy whenever this is (what this holds now counts there at once). */
    public synchronized void addFollower(Activity follower) {
        followers.add(follower);
        follower.add((int) busy);
    }

    /** Undoes {@link #addFollower}: what this holds no longer counts for {@code follower}. */
    public synchronized void removeFollower(Activity follower) {
        if (followers.remove(follower)) follower.add((int) -busy);
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
