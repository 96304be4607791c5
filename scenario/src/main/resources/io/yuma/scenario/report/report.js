(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('report-data').textContent);
  var root = document.getElementById('report');
  var palette = ['#1f77b4', '#d62728', '#2ca02c', '#ff7f0e', '#9467bd', '#8c564b', '#e377c2', '#7f7f7f',
    '#bcbd22', '#17becf'];

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  root.appendChild(element('h1', null, data.title));
  root.appendChild(element('p', 'subtitle', data.subtitle));

  data.tables.forEach(function (table) {
    root.appendChild(element('h2', null, table.title));
    var node = element('table');
    var head = element('tr');
    table.columns.forEach(function (column) { head.appendChild(element('th', null, column)); });
    node.appendChild(head);
    table.rows.forEach(function (row, index) {
      var tr = element('tr', index === table.highlight ? 'highlight' : null);
      row.forEach(function (cell) { tr.appendChild(element('td', null, cell)); });
      node.appendChild(tr);
    });
    root.appendChild(node);
  });

  // Coloured pixels inside the plotting area: the series' lines (the grid and axes are grey).
  function ink(u) {
    var box = u.bbox;
    var pixels = u.ctx.getImageData(box.left, box.top, box.width, box.height).data;
    var coloured = 0;
    for (var i = 0; i < pixels.length; i += 4) {
      var high = Math.max(pixels[i], pixels[i + 1], pixels[i + 2]);
      var low = Math.min(pixels[i], pixels[i + 1], pixels[i + 2]);
      if (pixels[i + 3] !== 0 && high - low > 40) { coloured++; }
    }
    return coloured;
  }

  function drawMarkers(markers) {
    return function (u) {
      var context = u.ctx;
      context.save();
      context.strokeStyle = 'rgba(214, 39, 40, 0.55)';
      context.lineWidth = 2;
      markers.forEach(function (x) {
        var position = u.valToPos(x, 'x', true);
        context.beginPath();
        context.moveTo(position, u.bbox.top);
        context.lineTo(position, u.bbox.top + u.bbox.height);
        context.stroke();
      });
      context.restore();
    };
  }

  var drawn = 0;
  var width = Math.max(360, Math.min(520, Math.floor((window.innerWidth - 80) / 3)));
  data.sections.forEach(function (section) {
    root.appendChild(element('h2', null, section.title));
    if (section.description) { root.appendChild(element('p', 'description', section.description)); }
    var row = element('div', 'row');
    root.appendChild(row);
    section.charts.forEach(function (chart) {
      var holder = element('div', 'chart');
      row.appendChild(holder);
      var points = 0;
      chart.series.forEach(function (series) {
        series.values.forEach(function (value) { if (value !== null) { points++; } });
      });
      var options = {
        title: chart.title,
        width: width,
        height: 260,
        scales: { x: { time: false } },
        axes: [{ label: 'epoch' }, { label: chart.yLabel }],
        series: [{ label: 'epoch' }].concat(chart.series.map(function (series, index) {
          return { label: series.label, stroke: palette[index % palette.length], width: 1.5, spanGaps: false };
        })),
        hooks: { draw: [function (u) {
          // Measured before the markers are drawn, so that only the series count.
          holder.dataset.ink = String(ink(u));
          if (!holder.dataset.drawn) {
            holder.dataset.drawn = 'true';
            drawn++;
            document.body.dataset.rendered = String(drawn);
          }
        }, drawMarkers(chart.markers)] }
      };
      holder.dataset.points = String(points);
      new uPlot(options, [chart.x].concat(chart.series.map(function (s) { return s.values; })), holder);
    });
  });
  document.body.dataset.charts = String(root.querySelectorAll('.chart').length);
})();
