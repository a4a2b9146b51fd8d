// Connector Census report: draws the charts from their JSON data blocks and makes tables sort and
// filter. Loaded from assets/ (the CSP allows only our own files); builds no code from data.
'use strict';
(function () {
  var palette = ['#0969da', '#1a7f37', '#9a6700', '#cf222e', '#8250df', '#bf3989', '#0550ae',
    '#57606a'];
  var types = { bar: 'bar', 'horizontal-bar': 'bar', line: 'line', doughnut: 'doughnut' };

  function drawCharts() {
    if (typeof Chart === 'undefined') {
      return;
    }
    document.querySelectorAll('script.chart-data').forEach(function (block) {
      var spec = JSON.parse(block.textContent);
      var canvas = document.getElementById(block.getAttribute('data-canvas'));
      var type = types[spec.type];
      if (!canvas || !type) {
        return;
      }
      var doughnut = type === 'doughnut';
      var datasets = spec.series.map(function (s, i) {
        return {
          label: s.label,
          data: s.data,
          backgroundColor: doughnut ? palette : palette[i % palette.length],
          borderColor: doughnut ? '#fff' : palette[i % palette.length],
          spanGaps: true
        };
      });
      new Chart(canvas, {
        type: type,
        data: { labels: spec.labels, datasets: datasets },
        options: {
          animation: false,
          responsive: true,
          maintainAspectRatio: false,
          indexAxis: spec.type === 'horizontal-bar' ? 'y' : 'x',
          plugins: { legend: { display: doughnut || datasets.length > 1 } }
        }
      });
    });
  }

  function cellValue(row, index) {
    var cell = row.cells[index];
    if (!cell) {
      return '';
    }
    var sort = cell.getAttribute('data-sort');
    if (sort !== null) {
      return parseFloat(sort);
    }
    var text = cell.textContent.trim();
    return cell.classList.contains('n') && text !== '' ? parseFloat(text) : text.toLowerCase();
  }

  function makeSortable(table) {
    var headers = table.querySelectorAll('thead th');
    headers.forEach(function (th, index) {
      th.tabIndex = 0;
      function sort() {
        var ascending = th.getAttribute('aria-sort') !== 'ascending';
        headers.forEach(function (other) { other.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = cellValue(a, index);
          var y = cellValue(b, index);
          var order = typeof x === 'number' && typeof y === 'number' ? x - y
            : String(x).localeCompare(String(y));
          return ascending ? order : -order;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      }
      th.addEventListener('click', sort);
      th.addEventListener('keydown', function (e) {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          sort();
        }
      });
    });
  }

  function makeFilterable(input) {
    var id = input.getAttribute('data-table');
    var table = document.getElementById(id);
    var count = document.querySelector('.count[data-table="' + id + '"]');
    if (!table) {
      return;
    }
    function apply() {
      var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
      var shown = 0;
      Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
        var text = row.textContent.toLowerCase();
        var match = words.every(function (w) { return text.indexOf(w) >= 0; });
        row.classList.toggle('hidden', !match);
        shown += match ? 1 : 0;
      });
      if (count) {
        count.textContent = shown + ' of ' + table.tBodies[0].rows.length + ' rows';
      }
    }
    input.addEventListener('input', apply);
    apply();
  }

  document.querySelectorAll('table.data').forEach(makeSortable);
  document.querySelectorAll('input.filter').forEach(makeFilterable);
  drawCharts();
})();
