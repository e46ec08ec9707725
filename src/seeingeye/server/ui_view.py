"""A screen's interface elements out of a reading: controls (`field` evidence) and window chrome (`region`
evidence), each with role, text, state and box, as contracts.md item 1 defines them. Today the forms tool
gives checkboxes, radios, toggles, text inputs and buttons; more controls arrive in the same shape."""

from __future__ import annotations

from pydantic import BaseModel, Field

from ..sir import SIR, Box, Evidence

STATEFUL = {"checkbox", "radio", "toggle", "progress", "slider"}  # value is the state
INPUTS = {"text", "select"}  # value is what is typed or chosen
CHROME = {"title_bar", "menu_bar", "toolbar", "status_bar", "scrollbar", "gutter", "sidebar", "content"}


class UiElement(BaseModel):
    id: str = Field(description="evidence id in the reading")
    role: str = Field(description="checkbox, radio, toggle, text, select, button, tab, ..., a chrome region, "
                                  "window_title or static_text")
    text: str | None = Field(None, description="the visible label or caption")
    state: str | None = Field(None, description="checked/unchecked, on/off, selected/unselected, 42%")
    value: str | None = Field(None, description="typed or chosen text of an input")
    box: list[int] = Field(description="x0, y0, x1, y1 in image pixels")
    group: str | None = Field(None, description="radio group label")
    selected: bool | None = None


def _control(ev: Evidence) -> UiElement:
    role = str(ev.attrs.get("control") or "control")
    text, state, value = ev.label, None, None
    if role in STATEFUL:
        state = ev.value
    elif role in INPUTS:
        value = ev.value
    else:  # buttons, tabs, links, list rows: their value is their caption when no label was found
        text = ev.label or ev.value
    selected = ev.attrs.get("selected")
    group = ev.attrs.get("group")
    return UiElement(id=ev.id, role=role, text=text, state=state, value=value, box=ev.box.as_list(),  # type: ignore[union-attr]
                     group=str(group) if group else None, selected=selected if isinstance(selected, bool) else None)


def _inside(inner: Box, outer: list[int]) -> bool:
    return outer[0] - 2 <= inner.cx <= outer[2] + 2 and outer[1] - 2 <= inner.cy <= outer[3] + 2


def ui_elements(sir: SIR, include_text: bool = False) -> list[UiElement]:
    """Controls, chrome regions and the window title, top to bottom; with `include_text`, also the text lines
    that belong to no control (a dialog's message)."""
    out = [_control(e) for e in sir.by_kind("field") if e.box is not None]
    for ev in sir.by_kind("region", "block"):
        role = ev.attrs.get("role")
        if ev.box is None:
            continue
        if ev.kind == "region" and role in CHROME:
            out.append(UiElement(id=ev.id, role=str(role), text=ev.value or None, box=ev.box.as_list()))
        elif ev.kind == "block" and role == "title" and ev.attrs.get("window_title") is True:
            out.append(UiElement(id=ev.id, role="window_title", text=ev.value, box=ev.box.as_list()))
    if include_text:
        taken = [e.box for e in out if e.role not in CHROME]
        labels = {e.text for e in out if e.text}
        for ev in sir.by_kind("text"):
            if ev.box is not None and ev.value not in labels and not any(_inside(ev.box, b) for b in taken):
                out.append(UiElement(id=ev.id, role="static_text", text=ev.value, box=ev.box.as_list()))
    return sorted(out, key=lambda e: (e.box[1], e.box[0]))
