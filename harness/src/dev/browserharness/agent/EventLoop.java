package dev.browserharness.agent;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.PriorityQueue;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One agent's HTML-style event loop: a task queue, timers and the "busy" accounting the browser uses to
 * decide that a page is idle. Any thread may {@link #post} a task; only the owning thread runs them.
 * The microtask checkpoint after each task is GraalJS's own: it drains promise jobs when a host call into
 * the context returns (see docs/design.md).
 */
public final class EventLoop {
    /** A unit of work run on the agent's thread. */
    public interface Task {
        void run() throws Exception;
    }

    private record Timer(long id, long due, long seq, Task task, int nesting) {}

    /** A queued task and the time it became runnable: the loop runs tasks and due timers in that order. */
    private record Posted(long ready, Task task) {}

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final ArrayDeque<Posted> tasks = new ArrayDeque<>();
    private final PriorityQueue<Timer> timers = new PriorityQueue<>(
            (a, b) -> a.due != b.due ? Long.compare(a.due, b.due) : Long.compare(a.seq, b.seq));
    private final HashMap<Long, Timer> timerById = new HashMap<>();
    private final Activity activity;
    private long timerSeq;
    /** Bumped whenever work arrives; a loop that just ran out of tasks spins on it briefly before parking. */
    private volatile long arrivals;
    /** How long an idle loop polls before it parks: a message answering the last one is usually this fast. */
    private static final long SPIN_NANOS = 50_000;
    private int pendingOps;
    private boolean closed;
    /** Timer nesting level of the task now running (HTML "timer nesting level"). */
    private int currentNesting;

    public EventLoop(Activity activity) {
        this.activity = activity;
    }

    /** Queues a task; returns false when the loop is already closed (the task is dropped). */
    public boolean post(Task task) {
        lock.lock();
        try {
            if (closed) return false;
            tasks.addLast(new Posted(System.nanoTime(), task));
            activity.add(1);
            arrivals++;
            changed.signal();
            return true;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Schedules a timer task after {@code delayMs}, applying the HTML nesting clamp (level > 5 → at least 4 ms).
     */
    public void addTimer(long id, double delayMs, Task task) {
        lock.lock();
        try {
            if (closed) return;
            int nesting = currentNesting + 1;
            double ms = Double.isNaN(delayMs) || delayMs < 0 ? 0 : delayMs;
            if (nesting > 5 && ms < 4) ms = 4;
            Timer t = new Timer(id, System.nanoTime() + (long) (ms * 1_000_000L), timerSeq++, task, nesting);
            timers.add(t);
            timerById.put(id, t);
            activity.add(1);
            changed.signal();
        } finally {
            lock.unlock();
        }
    }

    public void clearTimer(long id) {
        lock.lock();
        try {
            Timer t = timerById.remove(id);
            if (t != null && timers.remove(t)) activity.add(-1);
        } finally {
            lock.unlock();
        }
    }

    /**
     * An asynchronous operation (fetch, worker script load...) whose completion will post a task. On a closed
     * loop it counts for nothing, and so does its {@link #endOp}.
     */
    public void beginOp() {
        lock.lock();
        try {
            if (closed) return;
            pendingOps++;
            activity.add(1);
        } finally {
            lock.unlock();
        }
    }

    /** Ends an operation begun with {@link #beginOp}, posting its completion task atomically. */
    public void endOp(Task completion) {
        lock.lock();
        try {
            if (closed) return; // close() already stopped counting the operation
            pendingOps--;
            if (completion != null) {
                tasks.addLast(new Posted(System.nanoTime(), completion));
                activity.add(1);
                arrivals++;
                changed.signal();
            }
            activity.add(-1);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Takes the next runnable task, blocking until one is queued or a timer is due. Returns null once closed.
     * The caller must call {@link #done()} after running it.
     */
    Task take() throws InterruptedException {
        boolean spun = false;
        lock.lock();
        try {
            while (true) {
                if (closed) return null;
                Timer due = timers.peek();
                Posted next = tasks.peekFirst();
                long now = System.nanoTime();
                // A timer is a task that became runnable at its due time: whichever became runnable first
                // runs first (what Chromium does with a 0 ms timer and a message posted after it).
                if (due != null && due.due <= now && (next == null || due.due - next.ready <= 0)) {
                    timers.poll();
                    timerById.remove(due.id);
                    currentNesting = due.nesting;
                    return due.task; // keeps its busy count while it runs
                }
                if (next != null) {
                    tasks.pollFirst();
                    currentNesting = 0;
                    return next.task;
                }
                if (!spun) {
                    // Poll briefly before parking: waking a parked thread costs tens of microseconds.
                    spun = true;
                    long seen = arrivals;
                    lock.unlock();
                    try {
                        long until = now + (due == null ? SPIN_NANOS : Math.min(SPIN_NANOS, due.due - now));
                        while (arrivals == seen && System.nanoTime() < until) Thread.onSpinWait();
                    } finally {
                        lock.lock();
                    }
                    continue;
                }
                spun = false;
                if (due != null) changed.awaitNanos(due.due - now);
                else changed.await();
            }
        } finally {
            lock.unlock();
        }
    }

    /** Marks the task returned by {@link #take()} as finished. */
    void done() {
        activity.add(-1);
    }

    /** Closes the loop: queued tasks, timers and pending operations stop counting as activity. */
    public void close() {
        lock.lock();
        try {
            if (closed) return;
            closed = true;
            activity.add(-(tasks.size() + timers.size() + pendingOps));
            tasks.clear();
            timers.clear();
            timerById.clear();
            pendingOps = 0;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Whether the loop was closed (self.close(), or the agent ended): it takes no more tasks. */
    public boolean isClosed() {
        lock.lock();
        try {
            return closed;
        } finally {
            lock.unlock();
        }
    }

    /** What the loop holds, for timeout reports. */
    public String describe() {
        lock.lock();
        try {
            return tasks.size() + " queued task(s), " + timers.size() + " timer(s), " + pendingOps + " pending operation(s)";
        } finally {
            lock.unlock();
        }
    }

}
