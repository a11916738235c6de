package org.pilotbridge.pilot;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A step of a pilot with its due date, done or not. Its number stays the same for the
 * pilot's life, also when milestones before it are removed.
 */
@Table("pilot_milestone")
public class Milestone {

	private final int number;

	private String title;

	private LocalDate dueDate;

	private @Nullable Instant doneAt;

	Milestone(int number, String title, LocalDate dueDate, @Nullable Instant doneAt) {
		this.number = number;
		this.title = title;
		this.dueDate = dueDate;
		this.doneAt = doneAt;
	}

	public int number() {
		return number;
	}

	public String title() {
		return title;
	}

	public LocalDate dueDate() {
		return dueDate;
	}

	public boolean isDone() {
		return doneAt != null;
	}

	/** When the managers marked it done. */
	public Optional<Instant> doneAt() {
		return Optional.ofNullable(doneAt);
	}

	void change(String title, LocalDate dueDate) {
		this.title = title;
		this.dueDate = dueDate;
	}

	void mark(boolean done, Instant now) {
		this.doneAt = done ? (doneAt == null ? now : doneAt) : null;
	}

}
